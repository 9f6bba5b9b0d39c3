package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;

/**
 * Experiment (b): at the spurious minimizer (θ = π, v = (I + 11ᵀ)⁻¹(11ᵀ − I)v*) the identity STE's expected coarse
 * gradient has the non-zero norm 2(m−1)(1ᵀv*)²/(√(2π)(m+1)²), so population coarse gradient descent leaves, while the
 * ReLU and clipped-ReLU coarse gradients vanish there and the iterates stay. Measured per m: the norms, trajectories
 * from the exact minimizer and from θ = π − δ, and the descent ratio ({@link Alignment#descentRatio()}) as θ → π.
 */
public final class InstabilityExperiment {

  private InstabilityExperiment() {}

  public static InstabilityResult run(InstabilityConfig c) {
    Rng root = new Rng(c.seed());
    ExpectedCoarseGradient ecg = new ExpectedCoarseGradient();
    ExpectedCoarseGradient fast = new ExpectedCoarseGradient(ClippedReluIntegrals.closedForms());
    List<InstabilityNorm> norms = new ArrayList<>();
    List<InstabilityRun> runs = new ArrayList<>();
    List<InstabilityRatio> ratios = new ArrayList<>();
    for (int m : c.ms()) {
      Teacher t = teacher(root.split(m), m, c.n());
      CriticalPoint sp = CriticalPoints.spuriousMinimizer(t).orElseThrow();
      PopulationPoint at = PopulationPoint.evaluate(sp.v(), sp.w(), t, ecg);
      norms.add(new InstabilityNorm(m, Vectors.sum(t.vStar()), Vectors.norm(at.coarse(SteVariant.IDENTITY)),
          CriticalPoints.identityNormAtSpurious(t), Vectors.norm(at.coarse(SteVariant.RELU)),
          Vectors.norm(at.coarse(SteVariant.CLIPPED_RELU))));
      double[] us = t.unitWStar();
      double[] e = CriticalPoints.normalTo(us);
      double[] perturbedW = direction(us, e, Math.PI - c.perturbation());
      double[] spAll = Vectors.concat(sp.v(), sp.w());
      for (SteVariant ste : SteVariant.values()) {
        CoarseGradientDescent cgd = new CoarseGradientDescent(ste, c.stepSize(), c.iterations(), c.recordEvery());
        Trajectory exact = cgd.population(t, sp.v(), sp.w(), fast);
        runs.add(new InstabilityRun(m, ste, "spurious", exact,
            Vectors.distance(Vectors.concat(exact.finalV(), exact.finalW()), spAll)));
        Trajectory perturbed = cgd.population(t, sp.v(), perturbedW, fast);
        runs.add(new InstabilityRun(m, ste, "perturbed", perturbed,
            Vectors.distance(Vectors.concat(perturbed.finalV(), perturbed.finalW()), spAll)));
        for (double gap : c.gaps()) {
          PopulationPoint p = PopulationPoint.evaluate(sp.v(), direction(us, e, Math.PI - gap), t, ecg);
          ratios.add(new InstabilityRatio(m, ste, gap, Alignment.of(p, ste).descentRatio()));
        }
      }
    }
    return new InstabilityResult(c, norms, runs, ratios);
  }

  /** A unit filter at angle θ from ŵ* in the plane of ŵ* and e. */
  private static double[] direction(double[] us, double[] e, double theta) {
    return Vectors.combine(Math.cos(theta), us, Math.sin(theta), e);
  }

  /** A teacher with spurious minimizers and |1ᵀv*| ≥ 0.5 (so the identity norm is visibly non-zero). */
  private static Teacher teacher(Rng rng, int m, int n) {
    for (int attempt = 0; attempt < 100_000; attempt++) {
      Teacher t = new Teacher(ConvergenceExperiment.gaussian(rng, m, 1),
          Vectors.unit(ConvergenceExperiment.gaussian(rng, n, 1)));
      if (CriticalPoints.hasSpurious(t) && Math.abs(Vectors.sum(t.vStar())) >= 0.5) {
        return t;
      }
    }
    throw new IllegalStateException("no teacher with spurious minimizers found for m = " + m);
  }
}
