package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigValidationTest {

  @Test
  void dimensionBelowOneIsRejected() {
    assertThatThrownBy(() -> ModelConfig.gaussian(0, 1))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("dimension n must be at least 1, got 0");
    assertThatThrownBy(() -> new PhaseConfig(ModelConfig.gaussian(4, 1), PhaseConfig.defaultMethod(), List.of(4, 0),
        List.of(8), 1, 0, 1)).hasMessageContaining("dimension n must be at least 1, got 0");
  }

  @Test
  void negativeOrNonFiniteNoiseIsRejected() {
    assertThatThrownBy(() -> ModelConfig.gaussian(4, 1).withNoise(-0.1))
        .hasMessageContaining("label noise standard deviation must be finite and >= 0, got -0.1");
    assertThatThrownBy(() -> ModelConfig.gaussian(4, 1).withNoise(Double.NaN)).hasMessageContaining("got NaN");
    assertThatThrownBy(() -> new RecurrenceConfig(ModelConfig.gaussian(4, 1), PhaseConfig.defaultMethod(),
        List.of(0.0, -1.0), List.of(8), 1, 1)).hasMessageContaining("got -1.0");
  }

  @Test
  void unknownNamesListTheKnownOnes() {
    assertThatThrownBy(() -> InputDistribution.parse("cauchy"))
        .hasMessage("unknown input distribution 'cauchy': expected one of gaussian, uniform, rademacher, "
            + "shifted_gaussian, exponential, student_t3");
    assertThatThrownBy(() -> Activation.parse("tanh")).hasMessageContaining("expected one of step, sign");
    assertThatThrownBy(() -> SteVariant.parse("swish")).hasMessageContaining("identity, relu, clipped_relu");
    assertThatThrownBy(() -> Normalization.parse("whiten")).hasMessageContaining("none, standardize");
    assertThatThrownBy(() -> Initialization.parse("ones")).hasMessageContaining("gaussian, zero");
  }

  @Test
  void namesParseCaseInsensitively() {
    assertThat(InputDistribution.parse(" Student_T3 ")).isEqualTo(InputDistribution.STUDENT_T3);
    assertThat(SteVariant.parse("CLIPPED_RELU")).isEqualTo(SteVariant.CLIPPED_RELU);
  }

  @Test
  void methodValuesAreChecked() {
    assertThatThrownBy(() -> new MethodConfig(SteVariant.IDENTITY, 1, 0, 10, Initialization.ZERO, 1, false))
        .hasMessageContaining("step size must be finite and > 0, got 0.0");
    assertThatThrownBy(() -> new MethodConfig(SteVariant.IDENTITY, 1, 1, 0, Initialization.ZERO, 1, false))
        .hasMessageContaining("iterations T must be at least 1, got 0");
    assertThatThrownBy(() -> new MethodConfig(SteVariant.CLIPPED_RELU, -1, 1, 5, Initialization.ZERO, 1, false))
        .hasMessageContaining("clip level");
    assertThatThrownBy(() -> new MethodConfig(SteVariant.IDENTITY, 1, 1, 5, Initialization.GAUSSIAN, -2, false))
        .hasMessageContaining("initialization scale");
  }

  @Test
  void gridsMustIncreaseAndSecondLayerMustMatchRows() {
    assertThatThrownBy(() -> new PhaseConfig(ModelConfig.gaussian(4, 1), PhaseConfig.defaultMethod(), List.of(8),
        List.of(16, 16), 1, 0, 1)).hasMessageContaining("sample size N must be strictly increasing");
    assertThatThrownBy(() -> new PhaseConfig(ModelConfig.gaussian(4, 1), PhaseConfig.defaultMethod(), List.of(8),
        List.of(16), 0, 0, 1)).hasMessageContaining("trials must be at least 1");
    assertThatThrownBy(() -> new ModelConfig(4, 2, Activation.STEP, List.of(1.0), 0, InputDistribution.GAUSSIAN,
        Normalization.NONE)).hasMessageContaining("v* has 1 entries but rows m = 2");
    assertThatThrownBy(() -> new NonGaussianConfig(ModelConfig.gaussian(4, 1), PhaseConfig.defaultMethod(),
        List.of(InputDistribution.UNIFORM, InputDistribution.UNIFORM), List.of(8), 1, 1))
        .hasMessageContaining("must not repeat");
  }

  @Test
  void describeStatesEveryChoice() {
    var d = PhaseConfig.quick(7).describe();
    assertThat(d).containsKeys("activation", "STE", "v", "step size", "iterations T", "init", "label noise std",
        "input distribution", "normalization", "n", "N", "trials per cell", "seed");
    assertThat(d.get("v")).isEqualTo("fixed at v*");
  }
}
