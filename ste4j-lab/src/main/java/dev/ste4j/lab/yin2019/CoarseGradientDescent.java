package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Algorithm 1 of the paper, coarse gradient descent with one step size η:
 *
 * <pre>
 *   v ← v − η E_Z[∂ℓ/∂v](v, w)        w ← w − η E_Z[g_μ](v, w)
 * </pre>
 *
 * The population version uses the closed forms ({@link PopulationLoss#gradV}, {@link ExpectedCoarseGradient}); the
 * empirical version replaces E_Z by the mean over a fixed set of N samples ({@link EmpiricalLoss}) — full-batch, the
 * same samples at every iteration. Both updates use the gradients at the current (v, w) (a simultaneous step). Where
 * w reaches exactly 0 the conventions of {@link PopulationLoss} and {@link ExpectedCoarseGradient} apply.
 *
 * <p>The population loss is evaluated after every step, recorded or not, to count the steps where it rose (Theorem 1
 * says it does not for the ReLU and clipped-ReLU STEs and small η; see {@link Trajectory#lossIncreases}).
 *
 * <p>The state is recorded at iteration 0, every {@code recordEvery} iterations and after the last one. A run stops
 * early, recording its last state, when the iterate no longer moves (the step is exactly 0, e.g. at a critical point
 * of the ReLU STE) or stops being finite (a diverging step size).
 */
public final class CoarseGradientDescent {

  private final SteVariant ste;
  private final double stepSize;
  private final int iterations;
  private final int recordEvery;

  /**
   * @param ste the STE μ whose coarse gradient updates w
   * @param stepSize η &gt; 0
   * @param iterations the number of steps (≥ 0)
   * @param recordEvery record the state every this many steps (≥ 1)
   */
  public CoarseGradientDescent(SteVariant ste, double stepSize, int iterations, int recordEvery) {
    if (!(stepSize > 0) || !Double.isFinite(stepSize)) {
      throw new IllegalArgumentException("step size must be positive and finite, got " + stepSize);
    }
    if (iterations < 0 || recordEvery < 1) {
      throw new IllegalArgumentException("need iterations >= 0 and recordEvery >= 1, got " + iterations + ", "
          + recordEvery);
    }
    this.ste = ste;
    this.stepSize = stepSize;
    this.iterations = iterations;
    this.recordEvery = recordEvery;
  }

  /** The population version from (v0, w0). {@code ecg} must not be shared between threads. */
  public Trajectory population(Teacher t, double[] v0, double[] w0, ExpectedCoarseGradient ecg) {
    return run(t, v0, w0, (v, w) -> {
      AngleFrame frame = AngleFrame.of(w, t.wStar());
      return new double[][] {PopulationLoss.gradV(v, frame, t.vStar()), ecg.of(ste, v, frame, t.vStar()), {Double.NaN}};
    });
  }

  /** The empirical version on the given samples [N][m][n] from (v0, w0). */
  public Trajectory empirical(Teacher t, double[][][] samples, double[] v0, double[] w0) {
    EmpiricalLoss.requireSamples(samples, t.m(), t.n());
    return run(t, v0, w0, (v, w) -> {
      EmpiricalPoint e = EmpiricalLoss.evaluate(v, w, t, samples, ste);
      return new double[][] {e.gradV(), e.coarse(ste), {e.loss()}};
    });
  }

  /** (v, w) → {gradient in v, coarse gradient in w, {empirical loss or NaN}}. */
  private interface Direction {
    double[][] at(double[] v, double[] w);
  }

  private Trajectory run(Teacher t, double[] v0, double[] w0, Direction direction) {
    t.requireShapes(v0, w0);
    double[] v = v0.clone();
    double[] w = w0.clone();
    List<double[]> rows = new ArrayList<>();
    double atZero = PopulationLoss.value(v, new double[w.length], t);
    double scale = atZero > 0 ? atZero : 1; // v* = 0: the loss is ⅛vᵀ(I+11ᵀ)v, of the order of 1 for unit starts
    double previous = Double.NaN;
    int increases = 0;
    int longSteps = 0;
    double largestRise = 0;
    double largestAway = 0;
    boolean lastStepLong = false;
    for (int k = 0; ; k++) {
      double[][] d = direction.at(v, w);
      boolean last = k == iterations;
      boolean still = Vectors.isZero(d[0]) && Vectors.isZero(d[1]);
      AngleFrame frame = AngleFrame.of(w, t.wStar());
      double f = PopulationLoss.value(v, frame, t.vStar());
      if (k > 0) {
        double rise = (f - previous) / scale;
        largestRise = Math.max(largestRise, rise);
        if (!lastStepLong) {
          largestAway = Math.max(largestAway, rise);
        }
        if (rise > Trajectory.RISE_TOLERANCE) {
          increases++;
          longSteps += lastStepLong ? 1 : 0;
        }
      }
      previous = f;
      lastStepLong = stepSize * Vectors.norm(d[1]) >= Trajectory.LONG_STEP * frame.norm();
      if (k % recordEvery == 0 || last || still) {
        rows.add(new double[] {k, f, d[2][0], frame.theta(), frame.norm(), Vectors.norm(d[1])});
      }
      if (last || still) {
        break;
      }
      double[] nv = Vectors.combine(1, v, -stepSize, d[0]);
      double[] nw = Vectors.combine(1, w, -stepSize, d[1]);
      if (!allFinite(nv) || !allFinite(nw)) {
        break;
      }
      v = nv;
      w = nw;
    }
    int size = rows.size();
    int[] its = new int[size];
    double[][] cols = new double[5][size];
    for (int r = 0; r < size; r++) {
      double[] row = rows.get(r);
      its[r] = (int) row[0];
      for (int c = 0; c < 5; c++) {
        cols[c][r] = row[c + 1];
      }
    }
    return new Trajectory(its, cols[0], cols[1], cols[2], cols[3], cols[4], v, w, increases, longSteps, largestRise,
        largestAway);
  }

  private static boolean allFinite(double[] x) {
    for (double d : x) {
      if (!Double.isFinite(d)) {
        return false;
      }
    }
    return true;
  }
}
