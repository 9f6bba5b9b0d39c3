package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Why do fewer empirical runs than population runs reach the global minimizer? Runs the {@link GapConfig}: for each
 * run r, experiment (a)'s teacher and random start, population coarse gradient descent and, for every N, empirical
 * descent on the first N of one fixed stream of Gaussian samples, all with the same η and iterations — so a
 * difference between a pair can come only from N. Runs execute in parallel, each seeded by its index only.
 */
public final class GapExperiment {

  /** The STEs compared: those Theorems 1 and 2 are about. */
  public static final List<SteVariant> STES = List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU);

  private GapExperiment() {}

  public static GapResult run(GapConfig c) {
    Rng root = new Rng(c.seed());
    List<GapRun> all = IndexedParallel.collect(c.runs(), 1,
        () -> new ExpectedCoarseGradient(ClippedReluIntegrals.closedForms()),
        (r, ecg) -> oneRun(c, root.split(r), r, ecg));
    return new GapResult(c, all);
  }

  private static GapRun[] oneRun(GapConfig c, Rng rng, int r, ExpectedCoarseGradient ecg) {
    // The same draws, in the same order, as ConvergenceExperiment's run r.
    Rng teacherRng = rng.split(0);
    Teacher t = new Teacher(ConvergenceExperiment.gaussian(teacherRng, c.m(), 1),
        Vectors.unit(ConvergenceExperiment.gaussian(teacherRng, c.n(), 1)));
    Rng startRng = rng.split(1);
    double[] v0 = ConvergenceExperiment.gaussian(startRng, c.m(), 1);
    double[] w0 = ConvergenceExperiment.gaussian(startRng, c.n(), 1 / Math.sqrt(c.n()));
    int[] sizes = c.samples();
    double[][][] stream = EmpiricalLoss.gaussianSamples(rng.split(3), sizes[sizes.length - 1], c.m(), c.n());
    List<GapRun> out = new ArrayList<>();
    for (SteVariant ste : STES) {
      CoarseGradientDescent gd = new CoarseGradientDescent(ste, c.stepSize(), c.iterations(), c.iterations());
      out.add(of(ste, r, 0, "population", gd.population(t, v0, w0, ecg), t));
      for (int size : sizes) {
        double[][][] z = java.util.Arrays.copyOf(stream, size);
        out.add(of(ste, r, size, "empirical", gd.empirical(t, z, v0, w0), t));
      }
    }
    return out.toArray(new GapRun[0]);
  }

  private static GapRun of(SteVariant ste, int r, int samples, String mode, Trajectory tr, Teacher t) {
    return new GapRun(ste, r, samples, ConvergenceRun.classify(mode, tr, t), tr.finalTheta());
  }
}
