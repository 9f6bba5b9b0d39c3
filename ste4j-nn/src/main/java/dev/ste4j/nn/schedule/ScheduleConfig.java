package dev.ste4j.nn.schedule;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registered schedule and its settings, read once and built when the run's length is known (its steps per epoch
 * depend on the data). {@link #section()} writes it back as the config section {@link #parse} reads.
 *
 * @param name a name of {@link Schedules}
 * @param settings its settings by key (checked against the schedule's keys)
 */
public record ScheduleConfig(String name, Map<String, Object> settings) {

  public ScheduleConfig {
    if (!Schedules.names().contains(name)) {
      throw new IllegalArgumentException("unknown schedule '" + name + "'; valid schedules: "
          + String.join(", ", Schedules.names()));
    }
    settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
  }

  /** No change of rate: factor 1 at every step. */
  public static ScheduleConfig constant() {
    return new ScheduleConfig("constant", Map.of());
  }

  /** A registered schedule with these settings, e.g. {@code ("cosine", Map.of("warmup_epochs", 1))}. */
  public static ScheduleConfig of(String name, Map<String, ?> settings) {
    return new ScheduleConfig(name, new LinkedHashMap<>(settings));
  }

  /**
   * Reads a schedule section of a config: a name, or a map with {@code name} and settings; null is constant.
   *
   * @throws IllegalArgumentException naming what is malformed
   */
  @SuppressWarnings("unchecked")
  public static ScheduleConfig parse(Object section) {
    if (section == null) {
      return constant();
    }
    if (section instanceof String name) {
      return new ScheduleConfig(name, Map.of());
    }
    if (!(section instanceof Map<?, ?> raw) || !raw.containsKey("name")) {
      throw new IllegalArgumentException("schedule: expected a name or a map with key 'name' (one of "
          + String.join(", ", Schedules.names()) + "), got " + section);
    }
    Map<String, Object> settings = new LinkedHashMap<>((Map<String, Object>) raw);
    String name = settings.remove("name").toString();
    return new ScheduleConfig(name, settings);
  }

  /** The schedule for a run of {@code epochs} epochs of {@code stepsPerEpoch} steps. */
  public Schedule build(int stepsPerEpoch, int epochs) {
    return Schedules.create(name, settings, stepsPerEpoch, epochs);
  }

  /** The config section: the name alone without settings, else a map with {@code name} and the settings. */
  public Object section() {
    if (settings.isEmpty()) {
      return name;
    }
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("name", name);
    m.putAll(settings);
    return m;
  }
}
