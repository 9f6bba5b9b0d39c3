package dev.ste4j.nn.schedule;

import dev.ste4j.nn.config.Settings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The registry of schedules by name.
 *
 * <table>
 *   <caption>Registered schedules and their settings (defaults)</caption>
 *   <tr><td>{@code constant}</td><td>warmup_epochs (0)</td></tr>
 *   <tr><td>{@code multistep}</td><td>milestones (epochs, required), gamma (0.1), warmup_epochs (0)</td></tr>
 *   <tr><td>{@code cosine}</td><td>min_factor (0), warmup_epochs (0)</td></tr>
 *   <tr><td>{@code exponential}</td><td>gamma (per-epoch factor) or final_factor (the last epoch's factor), one of
 *   them required; warmup_epochs (0)</td></tr>
 * </table>
 * {@code warmup_epochs} may be fractional; the cosine decays over the epochs left after the warm-up, the exponential
 * decay counts epochs from the warm-up's end.
 */
public final class Schedules {

  private static final Map<String, Set<String>> KEYS = new LinkedHashMap<>();

  static {
    KEYS.put("constant", Set.of("warmup_epochs"));
    KEYS.put("multistep", Set.of("milestones", "gamma", "warmup_epochs"));
    KEYS.put("cosine", Set.of("min_factor", "warmup_epochs"));
    KEYS.put("exponential", Set.of("gamma", "final_factor", "warmup_epochs"));
  }

  private Schedules() {}

  public static List<String> names() {
    return List.copyOf(KEYS.keySet());
  }

  /**
   * Builds a schedule for a run of {@code epochs} epochs of {@code stepsPerEpoch} steps.
   *
   * @throws IllegalArgumentException naming an unknown schedule (listing the valid ones), an unknown key or a bad value
   */
  public static Schedule create(String name, Map<String, ?> settings, int stepsPerEpoch, int epochs) {
    if (!KEYS.containsKey(name)) {
      throw new IllegalArgumentException("unknown schedule '" + name + "'; valid schedules: "
          + String.join(", ", KEYS.keySet()));
    }
    Settings s = new Settings("schedule " + name, settings, KEYS.get(name));
    long total = (long) stepsPerEpoch * epochs;
    double warmupEpochs = s.getDouble("warmup_epochs", 0, 0);
    long warmup = Math.round(warmupEpochs * stepsPerEpoch);
    if (warmup > total) {
      throw new IllegalArgumentException("schedule " + name + ": warmup_epochs " + warmupEpochs
          + " is longer than the run (" + epochs + " epochs)");
    }
    Schedule inner = switch (name) {
      case "constant" -> step -> 1.0;
      case "multistep" -> {
        if (!s.has("milestones")) {
          throw new IllegalArgumentException("schedule multistep: missing key 'milestones' (epochs, e.g. [30, 60])");
        }
        List<Double> ms = s.getDoubles("milestones", List.of());
        int[] m = new int[ms.size()];
        for (int i = 0; i < m.length; i++) {
          if (ms.get(i) != Math.rint(ms.get(i))) {
            throw new IllegalArgumentException("schedule multistep: milestone " + ms.get(i) + " is not a whole epoch");
          }
          m[i] = ms.get(i).intValue();
        }
        yield new MultiStepSchedule(m, s.getDouble("gamma", 0.1), stepsPerEpoch);
      }
      case "cosine" -> new CosineSchedule(Math.max(1, total - warmup), s.getDouble("min_factor", 0));
      case "exponential" -> new ExponentialSchedule(exponentialGamma(s, epochs), stepsPerEpoch);
      default -> throw new IllegalStateException("registered schedule without a factory: " + name);
    };
    return warmup == 0 ? inner : new Warmup(warmup, inner);
  }

  private static double exponentialGamma(Settings s, int epochs) {
    if (s.has("gamma") == s.has("final_factor")) {
      throw new IllegalArgumentException("schedule exponential: give exactly one of gamma (the per-epoch factor) and"
          + " final_factor (the last epoch's factor)");
    }
    return s.has("gamma") ? s.getDouble("gamma", 1)
        : ExponentialSchedule.gammaReaching(s.getDouble("final_factor", 1), epochs);
  }

  /** Reads a schedule section of a config: a name, or a map with {@code name} and settings ({@link ScheduleConfig}). */
  public static Schedule fromConfig(Object section, int stepsPerEpoch, int epochs) {
    return ScheduleConfig.parse(section).build(stepsPerEpoch, epochs);
  }
}
