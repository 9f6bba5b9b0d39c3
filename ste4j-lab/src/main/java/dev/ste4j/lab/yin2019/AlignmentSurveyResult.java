package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.Comparator;
import java.util.List;

/** The result of experiment (c): one sample per point and STE, with per-STE statistics computed from them. */
public record AlignmentSurveyResult(AlignmentSurveyConfig config, List<AlignmentSample> samples) {

  public AlignmentSurveyResult {
    samples = List.copyOf(samples);
  }

  /** The samples of one STE, in point order. */
  public List<AlignmentSample> of(SteVariant ste) {
    return samples.stream().filter(s -> s.ste() == ste).toList();
  }

  /** The fraction of points with ⟨E g_μ, ∂f/∂w⟩ ≥ 0. */
  public double fractionNonNegative(SteVariant ste) {
    List<AlignmentSample> s = of(ste);
    return s.stream().filter(a -> a.alignment().innerW() >= 0).count() / (double) s.size();
  }

  /** The sample with the smallest w-cosine (points where the cosine is undefined are skipped). */
  public AlignmentSample smallestCosineW(SteVariant ste) {
    return of(ste).stream().filter(a -> !Double.isNaN(a.alignment().cosineW()))
        .min(Comparator.comparingDouble(a -> a.alignment().cosineW())).orElseThrow();
  }

  /** The sample with the smallest full (v, w) cosine. */
  public AlignmentSample smallestCosineFull(SteVariant ste) {
    return of(ste).stream().filter(a -> !Double.isNaN(a.alignment().cosineFull()))
        .min(Comparator.comparingDouble(a -> a.alignment().cosineFull())).orElseThrow();
  }

  /** The sample with the smallest inner product ⟨E g_μ, ∂f/∂w⟩. */
  public AlignmentSample smallestInnerW(SteVariant ste) {
    return of(ste).stream().min(Comparator.comparingDouble(a -> a.alignment().innerW())).orElseThrow();
  }

  /** The median w-cosine. */
  public double medianCosineW(SteVariant ste) {
    return ConvergenceResult.median(of(ste).stream().mapToDouble(a -> a.alignment().cosineW())
        .filter(d -> !Double.isNaN(d)).toArray());
  }
}
