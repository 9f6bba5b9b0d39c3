package dev.ste4j.lab.jeong2025;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The order in which the grid configurations describe their choices: the model, then the grid's own axes, the method,
 * the sample sizes N and the trials per cell; the caller adds what follows (its seed last).
 */
final class GridDescription {

  private GridDescription() {}

  static Map<String, Object> of(ModelConfig model, Consumer<Map<String, Object>> axes, MethodConfig method,
      List<Integer> sampleSizes, int trials) {
    Map<String, Object> m = new LinkedHashMap<>(model.describe());
    axes.accept(m);
    m.putAll(method.describe());
    m.put("N", sampleSizes.toString());
    m.put("trials per cell", trials);
    return m;
  }
}
