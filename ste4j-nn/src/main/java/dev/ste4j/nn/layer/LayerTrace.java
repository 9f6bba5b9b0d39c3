package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Records, on the current thread, each {@link Layer} that runs with its input and output shapes, in execution order.
 *
 * <pre>{@code try (LayerTrace t = LayerTrace.start()) { model.forward(x); t.steps(); } }</pre>
 */
public final class LayerTrace implements AutoCloseable {

  /**
   * One executed layer with the tensors it saw (kept so that a reader can follow which output feeds which input,
   * e.g. through a residual shortcut).
   */
  public record Step(Layer layer, Tensor input, Tensor output) {

    public int[] inputDims() {
      return input.dims();
    }

    public int[] outputDims() {
      return output.dims();
    }
  }

  private static final ThreadLocal<LayerTrace> ACTIVE = new ThreadLocal<>();
  private final List<Step> steps = new ArrayList<>();
  private final LayerTrace previous;

  private LayerTrace(LayerTrace previous) {
    this.previous = previous;
  }

  public static LayerTrace start() {
    LayerTrace t = new LayerTrace(ACTIVE.get());
    ACTIVE.set(t);
    return t;
  }

  static void report(Layer layer, Tensor x, Tensor y) {
    LayerTrace t = ACTIVE.get();
    if (t != null) {
      t.steps.add(new Step(layer, x, y));
    }
  }

  public List<Step> steps() {
    return Collections.unmodifiableList(steps);
  }

  @Override
  public void close() {
    ACTIVE.set(previous);
  }
}
