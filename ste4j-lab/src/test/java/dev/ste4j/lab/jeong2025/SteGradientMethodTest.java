package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class SteGradientMethodTest {

  private static final int N_DIM = 16;
  private final MethodConfig method = PhaseConfig.defaultMethod().withIterations(500);

  private int recoveries(ModelConfig model, MethodConfig m, int size, int trials, long seed) {
    Rng root = new Rng(seed);
    int ok = 0;
    for (int t = 0; t < trials; t++) {
      ok += Trial.run(model, m, size, root.split(model.dimension(), size, t), false).lastRecovered() ? 1 : 0;
    }
    return ok;
  }

  @Test
  void noiselessRecoverySucceedsWithManySamplesAndFailsWithVeryFew() {
    ModelConfig model = ModelConfig.gaussian(N_DIM, 1);
    assertThat(recoveries(model, method, 512, 10, 1)).isEqualTo(10);
    assertThat(recoveries(model, method, 4, 10, 1)).isZero();
  }

  @Test
  void recoveryWorksForOtherReadingsToo() {
    // Sign activation, ReLU STE, Gaussian start; and m = 3 patches with a trained second layer.
    ModelConfig sign = new ModelConfig(N_DIM, 1, Activation.SIGN, java.util.List.of(), 0, InputDistribution.GAUSSIAN,
        Normalization.NONE);
    MethodConfig relu = new MethodConfig(SteVariant.RELU, 1, 0.5, 500, Initialization.GAUSSIAN, 1, false);
    assertThat(recoveries(sign, relu, 512, 6, 2)).isEqualTo(6);
    MethodConfig trained = new MethodConfig(SteVariant.IDENTITY, 1, 0.5, 1000, Initialization.ZERO, 1, true);
    assertThat(recoveries(ModelConfig.gaussian(N_DIM, 3), trained, 512, 6, 2)).isGreaterThanOrEqualTo(5);
  }

  @Test
  void successRisesWithSampleSize() {
    ModelConfig model = ModelConfig.gaussian(N_DIM, 1);
    int[] sizes = {8, 16, 32, 128};
    int[] ok = new int[sizes.length];
    for (int i = 0; i < sizes.length; i++) {
      ok[i] = recoveries(model, method, sizes[i], 16, 3);
    }
    assertThat(ok[0]).isLessThan(ok[2]);
    assertThat(ok[1]).isLessThan(ok[3]);
    assertThat(ok[3]).isEqualTo(16);
    for (int i = 1; i < sizes.length; i++) {
      // trials are independent, so allow one unlucky cell but not a real drop
      assertThat(ok[i]).isGreaterThanOrEqualTo(ok[i - 1] - 2);
    }
  }

  @Test
  void withNoiseTheIterateLeavesAndReturnsRepeatedly() {
    ModelConfig model = ModelConfig.gaussian(N_DIM, 1).withNoise(0.2);
    TrialOutcome o = Trial.run(model, method, 256, new Rng(4).split(1), true);
    assertThat(o.firstHit()).isNotNegative();
    assertThat(o.departures()).isGreaterThanOrEqualTo(5);
    assertThat(o.returns()).isGreaterThanOrEqualTo(5);
    int zeros = 0;
    int leaves = 0;
    for (int t = 1; t < o.trace().length; t++) {
      zeros += o.trace()[t] == 0 ? 1 : 0;
      leaves += o.trace()[t - 1] == 0 && o.trace()[t] > 0 ? 1 : 0;
    }
    assertThat(leaves).isEqualTo(o.departures());
    assertThat(zeros).isEqualTo(o.stepsAtOptimum());
    assertThat(o.meanReturnTime()).isGreaterThanOrEqualTo(1.0);
  }

  @Test
  void withoutNoiseTheIterateStaysOnceItReachesTheOptimum() {
    ModelConfig model = ModelConfig.gaussian(N_DIM, 1);
    TrialOutcome o = Trial.run(model, method, 256, new Rng(4).split(1), true);
    assertThat(o.firstHit()).isNotNegative();
    assertThat(o.departures()).isZero();
    assertThat(o.returns()).isZero();
    for (int t = o.firstHit(); t < o.trace().length; t++) {
      assertThat(o.trace()[t]).as("d_%d", t).isZero();
    }
    // every t from the first hit (or from 1 when the start is already optimal) to T is at the optimum
    assertThat(o.stepsAtOptimum()).isEqualTo(method.iterations() - Math.max(1, o.firstHit()) + 1);
    // While Q(w) does not move the cached gradient is reused: few evaluations for many iterations.
    assertThat(o.evaluations()).isLessThan(method.iterations() / 10);
  }

  @Test
  void sameSeedSameOutcome() {
    ModelConfig model = ModelConfig.gaussian(12, 2).withNoise(0.1);
    TrialOutcome a = Trial.run(model, method, 64, new Rng(9).split(12, 64, 0), true);
    TrialOutcome b = Trial.run(model, method, 64, new Rng(9).split(12, 64, 0), true);
    assertThat(b.trace()).containsExactly(a.trace());
    assertThat(b.evaluations()).isEqualTo(a.evaluations());
    assertThat(b.averagedDistance()).isEqualTo(a.averagedDistance());
  }

  /** Every deterministic field of an outcome (the kernel's time is a timing). */
  private static java.util.List<Object> fields(TrialOutcome o) {
    return java.util.List.of(o.lastDistance(), o.averagedDistance(), o.firstHit(), o.stepsAtOptimum(),
        o.evaluations(), o.flops(), java.util.Arrays.toString(o.trace()));
  }

  @Test
  void theClipLevelIsInUnitsOfTheStandardDeviationOfThePreActivation() {
    MethodConfig clipped = new MethodConfig(SteVariant.CLIPPED_RELU, 0.5, 1, 300, Initialization.ZERO, 1, false);
    assertThat(clipped.absoluteClip(16)).isEqualTo(2.0);
    assertThat(clipped.absoluteClip(64)).isEqualTo(4.0);
    // a band far wider than any pre-activation passes every positive one: exactly the ReLU STE
    ModelConfig model = ModelConfig.twoLayer(N_DIM);
    MethodConfig wide = new MethodConfig(SteVariant.CLIPPED_RELU, 1000, 1, 300, Initialization.ZERO, 1, false);
    MethodConfig relu = new MethodConfig(SteVariant.RELU, 1, 1, 300, Initialization.ZERO, 1, false);
    Rng source = new Rng(6).split(N_DIM, 64, 0);
    assertThat(fields(Trial.run(model, wide, 64, source, true))).isEqualTo(fields(Trial.run(model, relu, 64,
        new Rng(6).split(N_DIM, 64, 0), true)));
    // the unscaled band (0, 1), i.e. c = 1/√n, is a different method from c = 1
    MethodConfig unscaled = new MethodConfig(SteVariant.CLIPPED_RELU, 0.25, 1, 300, Initialization.ZERO, 1, false);
    MethodConfig scaled = new MethodConfig(SteVariant.CLIPPED_RELU, 1, 1, 300, Initialization.ZERO, 1, false);
    assertThat(fields(Trial.run(model, unscaled, 64, new Rng(6).split(N_DIM, 64, 0), true)))
        .isNotEqualTo(fields(Trial.run(model, scaled, 64, new Rng(6).split(N_DIM, 64, 0), true)));
  }
}
