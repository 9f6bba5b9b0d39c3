package dev.ste4j.nn.optim;

import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The common part of the elementwise optimizers: the parameters they own, one float buffer per parameter and slot
 * (zero-initialised unless a subclass overrides {@link #initialSlot}), a step counter, and state import/export.
 */
abstract class SlotOptimizer implements Optimizer {

  /** Elements per parallel chunk: large enough that splitting pays for itself. */
  private static final int GRAIN = 1 << 15;
  private final String name;
  private final Map<String, Parameter> params;
  private final List<String> slotNames;
  private final Map<String, float[][]> slots = new LinkedHashMap<>();
  private long steps;

  SlotOptimizer(String name, Map<String, Parameter> params, List<String> slotNames) {
    if (params.isEmpty()) {
      throw new IllegalArgumentException(name + ": no parameters to optimize");
    }
    this.name = name;
    this.params = new LinkedHashMap<>(params);
    this.slotNames = List.copyOf(slotNames);
    this.params.forEach((n, p) -> {
      float[][] s = new float[slotNames.size()][];
      for (int i = 0; i < s.length; i++) {
        s[i] = initialSlot(slotNames.get(i), p);
      }
      slots.put(n, s);
    });
  }

  /** The starting value of a slot; zeros by default. */
  float[] initialSlot(String slot, Parameter p) {
    return new float[p.data().length];
  }

  /**
   * Updates elements [from, to) of one parameter: {@code w} in place, with its gradient and its slot buffers (in
   * slot-name order). Element i depends on element i only, so ranges run in parallel with bitwise the same result.
   */
  abstract void update(float[] w, float[] g, float[][] slots, double rateFactor, long step, int from, int to);

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final List<String> parameterNames() {
    return List.copyOf(params.keySet());
  }

  /** Number of steps taken so far. */
  public final long steps() {
    return steps;
  }

  @Override
  public final void step(double rateFactor) {
    if (!(rateFactor >= 0) || Double.isInfinite(rateFactor)) {
      throw new IllegalArgumentException(name + ": rate factor must be finite and ≥ 0, got " + rateFactor);
    }
    steps++;
    for (var e : params.entrySet()) {
      Parameter p = e.getValue();
      if (p.grad() == null) {
        continue;
      }
      float[] g = p.grad().data();
      float[] w = p.data();
      if (g.length != w.length) {
        throw new IllegalStateException(name + ": gradient of " + e.getKey() + " has " + g.length
            + " values for " + w.length + " weights");
      }
      float[][] s = slots.get(e.getKey());
      long t = steps;
      Parallel.forRange(w.length, GRAIN, (from, to) -> update(w, g, s, rateFactor, t, from, to));
    }
  }

  @Override
  public final OptimizerState state() {
    Map<String, float[]> out = new LinkedHashMap<>();
    slots.forEach((p, s) -> {
      for (int i = 0; i < s.length; i++) {
        out.put(p + "/" + slotNames.get(i), s[i]);
      }
    });
    return new OptimizerState(out, Map.of(name + "/steps", steps));
  }

  @Override
  public final void loadState(OptimizerState state) {
    List<String> expected = new ArrayList<>();
    slots.forEach((p, s) -> slotNames.forEach(n -> expected.add(p + "/" + n)));
    for (String key : state.slots().keySet()) {
      if (!expected.contains(key)) {
        throw new IllegalArgumentException(name + ": optimizer state has unexpected entry '" + key + "'");
      }
    }
    Long t = state.counters().get(name + "/steps");
    if (t == null || t < 0) {
      throw new IllegalArgumentException(name + ": optimizer state lacks its step counter '" + name + "/steps'");
    }
    for (var e : slots.entrySet()) {
      for (int i = 0; i < slotNames.size(); i++) {
        String key = e.getKey() + "/" + slotNames.get(i);
        float[] v = state.slots().get(key);
        if (v == null) {
          throw new IllegalArgumentException(name + ": optimizer state lacks '" + key + "'");
        }
        if (v.length != e.getValue()[i].length) {
          throw new IllegalArgumentException(name + ": optimizer state '" + key + "' has " + v.length
              + " values; the parameter has " + e.getValue()[i].length);
        }
      }
    }
    for (var e : slots.entrySet()) {
      for (int i = 0; i < slotNames.size(); i++) {
        float[] v = state.slots().get(e.getKey() + "/" + slotNames.get(i));
        System.arraycopy(v, 0, e.getValue()[i], 0, v.length);
      }
    }
    steps = t;
  }

  @Override
  public String toString() {
    return name + " over " + params.size() + " parameters";
  }
}
