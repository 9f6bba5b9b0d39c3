package dev.ste4j.cli.command.lab;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The defaults of a lab command's options, read from the paper's configuration record (its {@code quick()}), so each
 * default is written once, in the lab. A command names a subclass in {@code @Command(defaultValueProvider = …)}; an
 * option not given then takes the configuration's value, and its help's {@code ${DEFAULT-VALUE}} shows that value.
 *
 * <p>An option reads the record component of the same name in camel case ({@code --step-size} reads
 * {@code stepSize}), also inside nested records (Jeong's model and method); where the names differ the subclass maps
 * them ({@code "--samples=sampleSizes"}); those the command works out itself are named in {@link #without}.
 * {@code --seed} and hidden old spellings are never read here: the seed is the run's, with its own default.
 * Values are written as the options parse them: lists comma-separated, enumerations as
 * {@link ConfigRecord#enumName} names them, whole numbers without a fraction.
 */
public abstract class ConfigDefaults implements IDefaultValueProvider {

  private final Map<String, Object> components = new LinkedHashMap<>();
  private final Map<String, String> renamed = new HashMap<>();
  private final Set<String> without = new HashSet<>();

  /**
   * @param config  the configuration whose components are the defaults
   * @param renames {@code "--option=component"} for each option whose name is not its component's
   * @param extra   values that are not components: {@code "--option"}, value, … in pairs
   */
  protected ConfigDefaults(Record config, String[] renames, Object... extra) {
    collect(config);
    for (String r : renames) {
      String[] parts = r.split("=", 2);
      renamed.put(parts[0], parts[1]);
    }
    for (int i = 0; i + 1 < extra.length; i += 2) {
      String option = (String) extra[i];
      renamed.put(option, option);
      components.put(option, extra[i + 1]);
    }
  }

  private void collect(Record r) {
    // The outer record's components first, so that one wins over a nested component of the same name.
    List<Record> nested = new ArrayList<>();
    ConfigRecord.components(r, (name, value) -> {
      components.putIfAbsent(name, value instanceof Enum<?> e ? ConfigRecord.enumName(r, e) : value);
      if (value instanceof Record inner) {
        nested.add(inner);
      }
    });
    nested.forEach(this::collect);
  }

  /**
   * Gives no default to these options although the configuration has their components: the command works out their
   * values itself (e.g. Yin's deep runs take epochs and learning rates from the chosen network's schedule).
   */
  protected final void without(String... options) {
    without.addAll(List.of(options));
  }

  @Override
  public String defaultValue(ArgSpec arg) {
    // Hidden options are old spellings: a default through them would overwrite the value given under the new one.
    if (!(arg instanceof OptionSpec option) || option.hidden() || option.longestName().equals("--seed")
        || without.contains(option.longestName())) {
      return null;
    }
    String name = option.longestName();
    Object value = components.get(renamed.getOrDefault(name, camelCase(name)));
    return value == null || value instanceof Record ? null : text(value);
  }

  /** {@code --max-norm-w} → {@code maxNormW}. */
  static String camelCase(String option) {
    String[] words = option.replaceFirst("^-+", "").split("-");
    StringBuilder b = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      b.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return b.toString();
  }

  /** A value as an option's text. */
  static String text(Object value) {
    if (value instanceof int[] a) {
      return Arrays.stream(a).mapToObj(Integer::toString).collect(Collectors.joining(","));
    }
    if (value instanceof double[] a) {
      return Arrays.stream(a).mapToObj(ConfigDefaults::text).collect(Collectors.joining(","));
    }
    if (value instanceof Collection<?> c && c.isEmpty()) {
      // An empty list is the option not given (e.g. Jeong's v* = all ones), not a default to parse.
      return null;
    }
    if (value instanceof Collection<?> c) {
      return c.stream().map(ConfigDefaults::text).collect(Collectors.joining(","));
    }
    if (value instanceof Double d) {
      double x = d;
      // 300.0 reads as 300 in help; Double.toString keeps every other value exact (0.1, 1.0E-5).
      return x == Math.rint(x) && Math.abs(x) < 1e15 ? Long.toString((long) x) : Double.toString(x);
    }
    if (value instanceof Enum<?> e) {
      return ConfigRecord.enumName(e);
    }
    return String.valueOf(value);
  }
}
