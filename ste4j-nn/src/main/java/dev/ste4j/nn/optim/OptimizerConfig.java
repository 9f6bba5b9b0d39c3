package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The typed settings of one optimizer, before it is built over parameters: a record, {@link Sgd.Config},
 * {@link Adam.Config}, {@link Bop.Config}, {@link MirrorDescent.Config}. {@link Optimizers#config} reads one from a registered name and a
 * map of settings; {@link #settings()} writes it back, every setting included, so a config file round-trips.
 */
public interface OptimizerConfig {

  /**
   * The registered name ({@code sgd}, {@code adam}, {@code adamw}, {@code bop}, {@code mirror_descent}): by default
   * the optimizer class's name in snake_case, as the registry names them.
   */
  default String name() {
    return snakeCase(getClass().getEnclosingClass().getSimpleName());
  }

  /**
   * Every setting by its registry key, defaults included, in a fixed order: by default the record's components in
   * order, named in snake_case ({@code weightDecay} is {@code weight_decay}).
   */
  default Map<String, Object> settings() {
    Map<String, Object> out = new LinkedHashMap<>();
    for (RecordComponent c : getClass().getRecordComponents()) {
      try {
        out.put(snakeCase(c.getName()), c.getAccessor().invoke(this));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("optimizer config " + getClass().getName() + ": " + e, e);
      }
    }
    return out;
  }

  /**
   * The optimizer over these parameters.
   *
   * @throws IllegalArgumentException naming an out-of-range setting
   */
  Optimizer build(Map<String, Parameter> params);

  /** Whether the optimizer has a learning rate ({@code lr}); Bop has none. */
  default boolean hasLearningRate() {
    return settings().containsKey("lr");
  }

  /** The same settings with another learning rate; only where {@link #hasLearningRate()}. */
  default OptimizerConfig withLearningRate(double lr) {
    throw new IllegalArgumentException("optimizer " + name() + " has no learning rate");
  }

  /** {@code weightDecay} → {@code weight_decay}, {@code MirrorDescent} → {@code mirror_descent}. */
  private static String snakeCase(String camel) {
    return camel.replaceAll("(?<=[a-z0-9])([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }
}
