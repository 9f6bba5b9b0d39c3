package dev.ste4j.nn.optim;

import dev.ste4j.nn.config.Settings;
import dev.ste4j.nn.layer.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of optimizers by name, and the reading of an optimizer section of a config.
 *
 * <table>
 *   <caption>Registered optimizers and their settings (defaults)</caption>
 *   <tr><td>{@code sgd}</td><td>lr (0.01), momentum (0), nesterov (false), weight_decay (0)</td></tr>
 *   <tr><td>{@code adam}</td><td>lr (0.001), beta1 (0.9), beta2 (0.999), eps (1e-8), weight_decay (0, L2)</td></tr>
 *   <tr><td>{@code adamw}</td><td>as adam; weight_decay (0.01) decoupled</td></tr>
 *   <tr><td>{@code bop}</td><td>threshold (1e-8), gamma (1e-4)</td></tr>
 *   <tr><td>{@code mirror_descent}</td><td>lr (0.01), beta (1)</td></tr>
 * </table>
 */
public final class Optimizers {

  private static final Map<String, Set<String>> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("sgd", Set.of("lr", "momentum", "nesterov", "weight_decay"));
    KEYS.put("adam", Set.of("lr", "beta1", "beta2", "eps", "weight_decay"));
    KEYS.put("adamw", Set.of("lr", "beta1", "beta2", "eps", "weight_decay"));
    KEYS.put("bop", Set.of("threshold", "gamma"));
    KEYS.put("mirror_descent", Set.of("lr", "beta"));
  }

  private Optimizers() {}

  /** The registered names, in a fixed order. */
  public static List<String> names() {
    return List.copyOf(KEYS.keySet());
  }

  /** The settings a registered optimizer understands. */
  public static Set<String> keys(String name) {
    return KEYS.get(checkName(name));
  }

  private static String checkName(String name) {
    if (!KEYS.containsKey(name)) {
      throw new IllegalArgumentException("unknown optimizer '" + name + "'; valid optimizers: "
          + String.join(", ", KEYS.keySet()));
    }
    return name;
  }

  /**
   * Builds a registered optimizer over the given parameters: {@code config(name, settings).build(params)}.
   *
   * @throws IllegalArgumentException naming an unknown optimizer (listing the valid ones), an unknown setting
   *     (listing the valid keys) or an out-of-range value
   */
  public static Optimizer create(String name, Map<String, ?> settings, Map<String, Parameter> params) {
    return config(name, settings).build(params);
  }

  /**
   * Reads a registered optimizer's settings into its typed form, defaults filled in.
   *
   * @throws IllegalArgumentException naming an unknown optimizer (listing the valid ones), an unknown setting
   *     (listing the valid keys) or a value of the wrong kind
   */
  public static OptimizerConfig config(String name, Map<String, ?> settings) {
    Settings s = new Settings("optimizer " + checkName(name), settings, KEYS.get(name));
    return switch (name) {
      case "sgd" -> new Sgd.Config(s.getDouble("lr", 0.01), s.getDouble("momentum", 0),
          s.getBoolean("nesterov", false), s.getDouble("weight_decay", 0));
      case "adam", "adamw" -> new Adam.Config(s.getDouble("lr", 1e-3), s.getDouble("beta1", 0.9),
          s.getDouble("beta2", 0.999), s.getDouble("eps", 1e-8),
          s.getDouble("weight_decay", name.equals("adamw") ? 0.01 : 0), name.equals("adamw"));
      case "bop" -> new Bop.Config(s.getDouble("threshold", 1e-8), s.getDouble("gamma", 1e-4));
      case "mirror_descent" -> new MirrorDescent.Config(s.getDouble("lr", 0.01), s.getDouble("beta", 1));
      default -> throw new IllegalStateException("registered optimizer without a factory: " + name);
    };
  }

  /**
   * Reads the optimizer section of a config: a name ({@code adam}), a map with {@code name} and settings
   * ({@code {name: sgd, lr: 0.1, momentum: 0.9}}), or a map with {@code groups}, a list of rules each with a
   * {@code match} ({@code precision}, {@code name}, or {@code rest} for what the other rules leave), a {@code name}
   * and settings.
   *
   * @throws IllegalArgumentException naming what is malformed
   */
  @SuppressWarnings("unchecked")
  public static OptimizerAssignment assignment(Object section) {
    if (section instanceof String name) {
      return OptimizerAssignment.all(config(name, Map.of()));
    }
    if (!(section instanceof Map<?, ?> raw)) {
      throw new IllegalArgumentException("optimizer: expected a name or a map, got " + section);
    }
    Map<String, Object> map = (Map<String, Object>) raw;
    if (map.containsKey("groups")) {
      if (map.size() != 1) {
        List<String> extra = new ArrayList<>(map.keySet());
        extra.remove("groups");
        throw new IllegalArgumentException("optimizer: unknown key '" + extra.get(0)
            + "' beside groups; valid keys: groups");
      }
      if (!(map.get("groups") instanceof List<?> list) || list.isEmpty()) {
        throw new IllegalArgumentException("optimizer: groups must be a non-empty list of rules");
      }
      List<OptimizerAssignment.Rule> rules = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (!(list.get(i) instanceof Map<?, ?> rule)) {
          throw new IllegalArgumentException("optimizer: group #" + (i + 1) + " must be a map, got " + list.get(i));
        }
        rules.add(rule("optimizer group #" + (i + 1), (Map<String, Object>) rule, true));
      }
      return new OptimizerAssignment(rules);
    }
    return new OptimizerAssignment(List.of(rule("optimizer", map, false)));
  }

  private static OptimizerAssignment.Rule rule(String where, Map<String, Object> map, boolean withMatch) {
    Object name = map.get("name");
    if (name == null) {
      throw new IllegalArgumentException(where + ": missing key 'name' (one of " + String.join(", ", KEYS.keySet())
          + ")");
    }
    String n = checkName(name.toString());
    Map<String, Object> settings = new LinkedHashMap<>(map);
    settings.remove("name");
    ParameterSelector selector = ParameterSelector.any();
    if (withMatch && "rest".equals(settings.get("match"))) {
      settings.remove("match");
      selector = ParameterSelector.rest();
    } else if (withMatch) {
      Object match = settings.remove("match");
      Settings m = new Settings(where + " match", match instanceof Map<?, ?> mm ? (Map<String, ?>) mm : Map.of(),
          Set.of("precision", "name"));
      if (!(match instanceof Map<?, ?>)) {
        throw new IllegalArgumentException(where + ": missing map 'match' with precision and/or name"
            + " (or match: rest)");
      }
      selector = ParameterSelector.of(m.getString("precision", null), m.getString("name", null));
    }
    new Settings(where + " (" + n + ")", settings, KEYS.get(n));
    return new OptimizerAssignment.Rule(selector, config(n, settings));
  }

  /**
   * Writes an assignment as the config section {@link #assignment} reads back into an equal one: one rule over every
   * parameter as {@code {name, settings…}}, else {@code {groups: [{match, name, settings…}, …]}}; every setting is
   * written, defaults included.
   */
  public static Map<String, Object> section(OptimizerAssignment assignment) {
    List<OptimizerAssignment.Rule> rules = assignment.rules();
    if (rules.size() == 1 && rules.get(0).selector().equals(ParameterSelector.any())) {
      return rule(rules.get(0).optimizer());
    }
    List<Object> groups = new ArrayList<>();
    for (OptimizerAssignment.Rule r : rules) {
      Map<String, Object> g = new LinkedHashMap<>();
      ParameterSelector sel = r.selector();
      if (sel.isRest()) {
        g.put("match", "rest");
      } else {
        Map<String, Object> match = new LinkedHashMap<>();
        match.put("precision", sel.precisionText());
        if (sel.namePattern() != null) {
          match.put("name", sel.namePattern());
        }
        g.put("match", match);
      }
      g.putAll(rule(r.optimizer()));
      groups.add(g);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("groups", groups);
    return out;
  }

  private static Map<String, Object> rule(OptimizerConfig c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", c.name());
    m.putAll(c.settings());
    return m;
  }
}
