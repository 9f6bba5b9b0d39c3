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
    rejects("ste_sign", Map.of("clp", "1"), "unknown parameter 'clp'", "clip");
    rejects("approx_sign", Map.of("beta", "1"), "unknown parameter 'beta'", "takes none");
    rejects("ste_sign", Map.of("clip", "-1"), "clip must be positive");
    rejects("swish_sign", Map.of("beta", "abc"), "beta=abc is not a number");
    rejects("heaviside", Map.of("ste", "tanh"), "ste=tanh", "identity, relu, clipped_relu");
    rejects("qrelu", Map.of("bits", "3"), "no default alpha for bits=3");
    rejects("dorefa", Map.of("mode", "both"), "mode=both");
    rejects("ternary", Map.of("threshold", "-0.1"), "threshold must be");
    rejects("stochastic_sign", Map.of("noise", "gaussian"), "noise=gaussian");
    assertThatThrownBy(() -> Quantizers.parse("ste_sign:clip"))
        .hasMessageContaining("'clip' is not key=value");
  }

  /** Creating quantizer {@code name} with {@code params} fails with a message that contains every fragment. */
  private static void rejects(String name, Map<String, String> params, String... fragments) {
    var thrown = assertThatThrownBy(() -> Quantizers.create(name, params));
    for (String fragment : fragments) {
      thrown.hasMessageContaining(fragment);
    }
  }
}
