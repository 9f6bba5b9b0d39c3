package dev.ste4j.nn.quantizer;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantizerErrorsTest {

  @Test
  void unknownNameListsTheKnownOnes() {
    assertThatThrownBy(() -> Quantizers.create("sign"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown quantizer 'sign'")
        .hasMessageContaining("ste_sign, approx_sign, swish_sign");
  }

  @Test
  void unknownOrInvalidParametersAreNamed() {
    assertThatThrownBy(() -> Quantizers.create("ste_sign", Map.of("clp", "1")))
        .hasMessageContaining("unknown parameter 'clp'").hasMessageContaining("clip");
    assertThatThrownBy(() -> Quantizers.create("approx_sign", Map.of("beta", "1")))
        .hasMessageContaining("unknown parameter 'beta'").hasMessageContaining("takes none");
    assertThatThrownBy(() -> Quantizers.create("ste_sign", Map.of("clip", "-1")))
        .hasMessageContaining("clip must be positive");
    assertThatThrownBy(() -> Quantizers.create("swish_sign", Map.of("beta", "abc")))
        .hasMessageContaining("beta=abc is not a number");
    assertThatThrownBy(() -> Quantizers.create("heaviside", Map.of("ste", "tanh")))
        .hasMessageContaining("ste=tanh").hasMessageContaining("identity, relu, clipped_relu");
    assertThatThrownBy(() -> Quantizers.create("qrelu", Map.of("bits", "3")))
        .hasMessageContaining("no default alpha for bits=3");
    assertThatThrownBy(() -> Quantizers.create("dorefa", Map.of("mode", "both")))
        .hasMessageContaining("mode=both");
    assertThatThrownBy(() -> Quantizers.create("ternary", Map.of("threshold", "-0.1")))
        .hasMessageContaining("threshold must be");
    assertThatThrownBy(() -> Quantizers.create("stochastic_sign", Map.of("noise", "gaussian")))
        .hasMessageContaining("noise=gaussian");
    assertThatThrownBy(() -> Quantizers.parse("ste_sign:clip"))
        .hasMessageContaining("'clip' is not key=value");
  }
}
