package dev.ste4j.lab.yin2019;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment (d), Figure 1: from one random point (v, w), the empirical coarse gradient direction on N samples, and
 * the empirical loss on the same samples at (v, w) − η·direction over a grid of η. With few samples the empirical loss
 * is piecewise constant in w (a jump each time a sign of Zw flips) and the curve is rough; with many it approaches the
 * smooth population loss. The population loss along the same direction is recorded as a reference.
 */
public final class OneStepLossExperiment {

  private OneStepLossExperiment() {}

  public static OneStepLossResult run(OneStepLossConfig c) {
    Rng root = new Rng(c.seed());
    Rng pointRng = root.split(0);
    Teacher t = new Teacher(ConvergenceExperiment.gaussian(pointRng, c.m(), 1),
        Vectors.unit(ConvergenceExperiment.gaussian(pointRng, c.n(), 1)));
    double[] v = ConvergenceExperiment.gaussian(pointRng, c.m(), 1);
    double[] w = ConvergenceExperiment.gaussian(pointRng, c.n(), 1 / Math.sqrt(c.n()));
    double[] etas = new double[c.steps()];
    for (int k = 0; k < etas.length; k++) {
      etas[k] = c.maxStep() * k / (etas.length - 1);
    }
    List<OneStepCurve> curves = new ArrayList<>();
    for (int size : c.sampleSizes()) {
      double[][][] z = EmpiricalLoss.gaussianSamples(root.split(1, size), size, c.m(), c.n());
      EmpiricalPoint at = EmpiricalLoss.evaluate(v, w, t, z, c.ste());
      double[] dv = at.gradV();
      double[] dw = at.coarse(c.ste());
      double[] emp = new double[etas.length];
      double[] pop = new double[etas.length];
      for (int k = 0; k < etas.length; k++) {
        double[] nv = Vectors.combine(1, v, -etas[k], dv);
        double[] nw = Vectors.combine(1, w, -etas[k], dw);
        emp[k] = EmpiricalLoss.evaluate(nv, nw, t, z, c.ste()).loss();
        pop[k] = PopulationLoss.value(nv, nw, t);
      }
      int changes = 0;
      double largest = 0;
      for (int k = 1; k < etas.length; k++) {
        if (!java.util.Arrays.equals(pattern(z, Vectors.combine(1, w, -etas[k - 1], dw)),
            pattern(z, Vectors.combine(1, w, -etas[k], dw)))) {
          changes++;
        }
        largest = Math.max(largest, Math.abs(emp[k] - emp[k - 1]));
      }
      curves.add(new OneStepCurve(size, emp, pop, changes, largest));
    }
    return new OneStepLossResult(c, etas, curves);
  }

  /** The activation pattern 1{Z⁽ᵏ⁾_i w > 0} over all samples and rows. */
  private static boolean[] pattern(double[][][] z, double[] w) {
    int m = z[0].length;
    boolean[] on = new boolean[z.length * m];
    for (int k = 0; k < z.length; k++) {
      for (int i = 0; i < m; i++) {
        on[k * m + i] = Vectors.dot(z[k][i], w) > 0;
      }
    }
    return on;
  }
}
