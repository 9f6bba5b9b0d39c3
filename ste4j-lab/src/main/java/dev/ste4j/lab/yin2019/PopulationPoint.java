package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * Every closed-form population quantity at one point (v, w) for one teacher: θ, f (Lemma 1), ∂f/∂v and ∂f/∂w (Lemma 2,
 * with the conventions of {@link PopulationLoss}), and the expected coarse gradient of each STE
 * ({@link ExpectedCoarseGradient}). θ is NaN at w = 0.
 *
 * @param theta θ(w, w*) ∈ [0, π], NaN when w = 0
 * @param loss f(v, w)
 * @param gradV ∂f/∂v, length m
 * @param gradW ∂f/∂w, length n
 * @param coarse E g_μ for each STE, length n each
 */
public record PopulationPoint(
    double theta, double loss, double[] gradV, double[] gradW, Map<SteVariant, double[]> coarse) {

  public PopulationPoint {
    coarse = Collections.unmodifiableMap(new EnumMap<>(coarse));
  }

  /** Evaluates every closed form at (v, w); {@code ecg} supplies the coarse gradients (one per thread). */
  public static PopulationPoint evaluate(double[] v, double[] w, Teacher teacher, ExpectedCoarseGradient ecg) {
    teacher.requireShapes(v, w);
    AngleFrame frame = AngleFrame.of(w, teacher.wStar());
    double[] vStar = teacher.vStar();
    Map<SteVariant, double[]> coarse = new EnumMap<>(SteVariant.class);
    for (SteVariant e : SteVariant.values()) {
      coarse.put(e, ecg.of(e, v, frame, vStar));
    }
    return new PopulationPoint(frame.theta(), PopulationLoss.value(v, frame, vStar),
        PopulationLoss.gradV(v, frame, vStar), PopulationLoss.gradW(v, frame, vStar), coarse);
  }

  /** E g_μ for one STE. */
  public double[] coarse(SteVariant ste) {
    return coarse.get(ste).clone();
  }
}
