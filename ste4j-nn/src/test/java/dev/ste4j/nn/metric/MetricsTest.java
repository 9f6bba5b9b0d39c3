package dev.ste4j.nn.metric;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.tensor.Tensor;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsTest {

  @Test
  void accuracyCountsArgmaxHitsWithTiesToTheLowestIndexAndNanWrong() {
    float[] logits = {1, 2, 0, 5, 5, 1, 0, Float.NaN, 3};
    assertThat(Accuracy.correct(logits, new int[] {1, 0, 2})).isEqualTo(2);
    assertThat(Accuracy.correct(logits, new int[] {1, 1, 2})).isEqualTo(1);
    ClassificationTally t = new ClassificationTally();
    t.add(2.0, logits, new int[] {1, 0, 2});
    t.add(1.0, new float[] {0, 1}, new int[] {1});
    assertThat(t.meanLoss()).isEqualTo(7.0 / 4);
    assertThat(t.accuracy()).isEqualTo(3.0 / 4);
  }

  @Test
  void flipRatioCountsSignChangesWithSignOfZeroPositive() {
    Map<String, Parameter> params = new LinkedHashMap<>();
    params.put("a.kernel", new Parameter("kernel", Tensor.of(new float[] {0.5f, -0.5f, 0f, 2f}, 4), 1));
    params.put("a.bias", new Parameter("bias", Tensor.of(new float[] {1f}, 1), 32));
    FlipRatio before = FlipRatio.snapshot(params);
    float[] w = params.get("a.kernel").data();
    w[0] = -0.1f; // flips
    w[1] = 0f; // −0.5 → 0 counts as +1: flips
    w[2] = -0f; // −0 ≥ 0 is +1: no flip
    params.get("a.bias").data()[0] = -1f; // not binary: not tracked
    assertThat(before.perParameter(params)).containsOnlyKeys("a.kernel").containsEntry("a.kernel", 0.5);
    assertThat(before.overall(params)).isEqualTo(0.5);
    assertThat(FlipRatio.of(before.signs()).overall(params)).isEqualTo(0.5);
  }

  @Test
  void saturationIsTheShareOutsideThePassBandWithTheBandEdgesInside() {
    float[] v = {-1f, 1f, 1.0001f, -3f, 0f};
    assertThat(Saturation.outsideClip(v, 1f)).isEqualTo(0.4);
    assertThat(Saturation.fraction(v, x -> x > 0 ? 1f : 0f)).isEqualTo(0.6);
    assertThat(Saturation.fraction(new float[0], x -> 1f)).isNaN();
  }

  @Test
  void gradientMismatchIsOneMinusCosine() {
    assertThat(GradientMismatch.of(new float[] {1, 0}, new float[] {2, 0})).isEqualTo(0.0);
    assertThat(GradientMismatch.of(new float[] {1, 0}, new float[] {0, 3})).isEqualTo(1.0);
    assertThat(GradientMismatch.of(new float[] {1, 1}, new float[] {-1, -1})).isCloseTo(2.0, within(1e-12));
    assertThat(GradientMismatch.of(new float[] {0, 0}, new float[] {1, 1})).isNaN();
    Map<String, Double> m = GradientMismatch.of(Map.of("a", new float[] {1, 0}), Map.of("a", new float[] {1, 1}));
    assertThat(m.get("a")).isCloseTo(1 - Math.sqrt(0.5), within(1e-12));
    assertThat(m.get("all")).isEqualTo(m.get("a"));
  }
}
