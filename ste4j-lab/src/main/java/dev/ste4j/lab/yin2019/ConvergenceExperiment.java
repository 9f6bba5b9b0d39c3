package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment (a): coarse gradient descent from random starts for the identity, ReLU and clipped-ReLU STEs, population
 * and empirical, with the fraction of runs reaching a global minimizer, and the same from starts that satisfy
 * Theorem 2's conditions (where the paper proves ReLU and clipped ReLU reach a global minimizer for small η). The
 * clipped-ReLU integrals use {@link ClippedReluIntegrals#closedForms()} (the quadrature is ~100× slower and agrees to
 * rounding). Runs execute in parallel, each seeded by its index only, so the result does not depend on the thread
 * count.
 */
public final class ConvergenceExperiment {

  private ConvergenceExperiment() {}

  public static ConvergenceResult run(ConvergenceConfig c) {
    Rng root = new Rng(c.seed());
    List<ConvergenceRun> all = IndexedParallel.collect(c.runs(), 1,
        () -> new ExpectedCoarseGradient(ClippedReluIntegrals.closedForms()),
        (r, ecg) -> oneRun(c, root.split(r), r, ecg));
    return new ConvergenceResult(c, all);
  }

  private static ConvergenceRun[] oneRun(ConvergenceConfig c, Rng rng, int r, ExpectedCoarseGradient ecg) {
    Rng teacherRng = rng.split(0);
    Teacher t = new Teacher(gaussian(teacherRng, c.m(), 1), Vectors.unit(gaussian(teacherRng, c.n(), 1)));
    Rng startRng = rng.split(1);
    double[] v0 = gaussian(startRng, c.m(), 1);
    double[] w0 = gaussian(startRng, c.n(), 1 / Math.sqrt(c.n()));
    double[][] t2 = theorem2Start(rng.split(2), t, c);
    List<ConvergenceRun> out = new ArrayList<>();
    for (SteVariant ste : SteVariant.values()) {
      CoarseGradientDescent pop = new CoarseGradientDescent(ste, c.stepSize(), c.iterations(), c.recordEvery());
      out.add(finish("population", "random", ste, r, t, v0, w0, pop.population(t, v0, w0, ecg)));
      out.add(finish("population", "theorem2", ste, r, t, t2[0], t2[1], pop.population(t, t2[0], t2[1], ecg)));
    }
    if (r < c.empiricalRuns()) {
      double[][][] z = EmpiricalLoss.gaussianSamples(rng.split(3), c.samples(), c.m(), c.n());
      for (SteVariant ste : SteVariant.values()) {
        CoarseGradientDescent emp =
            new CoarseGradientDescent(ste, c.stepSize(), c.empiricalIterations(), c.recordEvery());
        out.add(finish("empirical", "random", ste, r, t, v0, w0, emp.empirical(t, z, v0, w0)));
      }
    }
    return out.toArray(new ConvergenceRun[0]);
  }

  private static ConvergenceRun finish(
      String mode, String start, SteVariant ste, int r, Teacher t, double[] v0, double[] w0, Trajectory tr) {
    return new ConvergenceRun(mode, start, ste, r, CriticalPoints.satisfiesTheorem2(v0, w0, t), tr,
        ConvergenceRun.classify(mode, tr, t));
  }

  private static double[][] theorem2Start(Rng rng, Teacher t, ConvergenceConfig c) {
    for (int attempt = 0; attempt < 100_000; attempt++) {
      double[] v = gaussian(rng, c.m(), 1);
      double[] w = gaussian(rng, c.n(), 1 / Math.sqrt(c.n()));
      if (CriticalPoints.satisfiesTheorem2(v, w, t)) {
        return new double[][] {v, w};
      }
    }
    throw new IllegalStateException("no start satisfying Theorem 2 found in 100000 draws");
  }

  static double[] gaussian(Rng rng, int length, double scale) {
    double[] x = new double[length];
    for (int i = 0; i < length; i++) {
      x[i] = scale * rng.nextGaussian();
    }
    return x;
  }
}
