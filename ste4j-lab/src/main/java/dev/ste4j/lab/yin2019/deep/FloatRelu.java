package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.ElementwiseQuantizer;
import java.util.Map;

/**
 * The float activation of the pre-trained network: ReLU, y = max(x, 0), derivative 1{x &gt; 0} (0 at the kink x = 0,
 * as the library's Relu layer). Used as the model's "activation" so the float network has exactly the quantized
 * network's layers — a BatchNorm without affine before each activation — and its weights carry over by name.
 * Not a quantizer in the registry: precision 32, nothing is rounded.
 */
public record FloatRelu() implements ElementwiseQuantizer {

  @Override
  public String name() {
    return "relu";
  }

  @Override
  public int precision() {
    return 32;
  }

  @Override
  public Map<String, String> config() {
    return Map.of();
  }

  @Override
  public String formula() {
    return "y = max(x, 0);  y' = 1{x > 0}";
  }

  @Override
  public float forward(float x) {
    return x > 0f ? x : 0f;
  }

  @Override
  public float pseudoDerivative(float x) {
    return x > 0f ? 1f : 0f;
  }
}
