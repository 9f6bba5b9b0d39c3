package dev.ste4j.nn.optim;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An optimizer's state: named float buffers (keys {@code "<parameter>/<slot>"}, e.g. {@code "fc1.kernel/m"}) and named
 * step counters, both in a stable order so a checkpoint of it is byte-for-byte repeatable.
 *
 * @param slots per-parameter buffers, each as long as its parameter
 * @param counters step counters (e.g. Adam's t for bias correction)
 */
public record OptimizerState(Map<String, float[]> slots, Map<String, Long> counters) {

  public OptimizerState {
    slots = copy(slots);
    counters = new LinkedHashMap<>(counters);
  }

  private static Map<String, float[]> copy(Map<String, float[]> in) {
    Map<String, float[]> out = new LinkedHashMap<>();
    in.forEach((k, v) -> out.put(k, v.clone()));
    return out;
  }

  /** True when both hold the same keys in the same order with bitwise equal values. */
  public boolean sameAs(OptimizerState o) {
    if (!slots.keySet().stream().toList().equals(o.slots.keySet().stream().toList())
        || !counters.equals(o.counters)) {
      return false;
    }
    for (var e : slots.entrySet()) {
      if (!Arrays.equals(e.getValue(), o.slots.get(e.getKey()))) {
        return false;
      }
    }
    return true;
  }
}
