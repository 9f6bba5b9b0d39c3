package dev.ste4j.cli.command.lab;

import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.nn.quantizer.SteVariant;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads a lab configuration record by its components, for the two places the CLI shows one: the option defaults
 * ({@link ConfigDefaults}) and the configuration written into run.json ({@link #describe}). Enumerations are named
 * as the lab's parsers read them.
 */
public final class ConfigRecord {

  private ConfigRecord() {}

  /**
   * The components in declaration order, without the seed (run.json records it on its own); enumerations by name.
   * Nested records are kept as values.
   */
  public static Map<String, Object> describe(Record config) {
    Map<String, Object> map = new LinkedHashMap<>();
    components(config, (name, value) -> {
      if (!name.equals("seed")) {
        map.put(name, value instanceof Enum<?> e ? enumName(config, e) : value);
      }
    });
    return map;
  }

  /** Calls {@code visit} with each component's name and value, in declaration order. */
  static void components(Record config, BiConsumer<String, Object> visit) {
    for (RecordComponent c : config.getClass().getRecordComponents()) {
      visit.accept(c.getName(), read(c.getAccessor(), config));
    }
  }

  /**
   * An enumeration's name as the parser of this configuration reads it: Yin's shallow experiments spell the STEs their
   * own way ({@link YinSte#key}: clippedRelu, in their run.json and --ste since their first release); everything else
   * as {@link #enumName(Enum)}.
   */
  static String enumName(Record config, Enum<?> e) {
    if (e instanceof SteVariant ste && config.getClass().getPackageName().equals(YinSte.class.getPackageName())) {
      return YinSte.key(ste);
    }
    return enumName(e);
  }

  /** The name the lab's parser reads: the enumeration's {@code id()} or {@code key()}, else its lower-case name. */
  static String enumName(Enum<?> e) {
    for (String accessor : new String[] {"id", "key"}) {
      try {
        Method m = e.getDeclaringClass().getMethod(accessor);
        if (m.getReturnType() == String.class) {
          return (String) read(m, e);
        }
      } catch (NoSuchMethodException absent) {
        // try the next accessor
      }
    }
    return e.name().toLowerCase(Locale.ROOT);
  }

  private static Object read(Method accessor, Object target) {
    try {
      return accessor.invoke(target);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot read " + accessor + " of a lab configuration", e);
    }
  }
}
