package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.util.List;

/**
 * Experiment (c): at many random points, the inner product and cosine between each STE's expected coarse gradient and
 * the population gradient — for the w-part (⟨E g_μ, ∂f/∂w⟩, which the paper proves non-negative) and for the whole
 * Algorithm 1 direction — and where they are smallest. Closed forms with quadrature; points are evaluated in
 * parallel, each seeded by its index.
 */
public final class AlignmentSurvey {

  private AlignmentSurvey() {}

  public static AlignmentSurveyResult run(AlignmentSurveyConfig c) {
    Rng root = new Rng(c.seed());
    List<AlignmentSample> all = IndexedParallel.collect(c.points(), 64, ExpectedCoarseGradient::new,
        (k, ecg) -> point(c, root.split(k), k, ecg));
    return new AlignmentSurveyResult(c, all);
  }

  private static AlignmentSample[] point(AlignmentSurveyConfig c, Rng rng, int k, ExpectedCoarseGradient ecg) {
    int m = 1 + rng.nextInt(c.maxM());
    int n = 2 + rng.nextInt(c.maxN() - 1);
    Teacher t = new Teacher(ConvergenceExperiment.gaussian(rng, m, 1),
        Vectors.unit(ConvergenceExperiment.gaussian(rng, n, 1)));
    double[] v = ConvergenceExperiment.gaussian(rng, m, 1);
    double logMin = Math.log(c.minNormW());
    double scale = Math.exp(logMin + (Math.log(c.maxNormW()) - logMin) * rng.nextDouble());
    double[] w = Vectors.scale(scale, Vectors.unit(ConvergenceExperiment.gaussian(rng, n, 1)));
    PopulationPoint p = PopulationPoint.evaluate(v, w, t, ecg);
    double vvs = Vectors.dot(v, t.vStar());
    AlignmentSample[] out = new AlignmentSample[SteVariant.values().length];
    for (SteVariant ste : SteVariant.values()) {
      out[ste.ordinal()] = new AlignmentSample(k, m, n, p.theta(), scale, vvs, ste, Alignment.of(p, ste));
    }
    return out;
  }
}
