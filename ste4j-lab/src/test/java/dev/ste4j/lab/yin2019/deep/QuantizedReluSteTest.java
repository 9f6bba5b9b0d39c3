package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Loss;
import org.junit.jupiter.api.Test;

class QuantizedReluSteTest {

  @Test
  void theThreeEstimatorsPassDifferentGradientsThroughTheQuantizedRelu() {
    // 2 bits, α = 0.6511: top level 1.9533; points below 0, at 0, inside, and above the top
    float[] x = {-1f, 0f, 0.3f, 1.9533f, 2.5f};
    float[][] want = {{1, 1, 1, 1, 1}, {0, 0, 1, 1, 1}, {0, 0, 1, 1, 0}};
    for (SteVariant ste : SteVariant.values()) {
      QuantizedRelu q = new QuantizedRelu(2, 0.6511f, ste);
      Tensor t = Tensor.of(x.clone(), x.length).requiresGrad(true);
      Tensor y = q.quantize(t);
      assertThat(y.data()).containsExactly(0f, 0f, 0.6511f, q.top(), q.top());
      y.backward(Tensor.of(new float[] {1, 1, 1, 1, 1}, x.length));
      assertThat(t.grad().data()).as(ste.key()).containsExactly(want[ste.ordinal()]);
    }
  }

  @Test
  void theSameWeightsGetThreeDifferentGradientsInTheNetwork() {
    Module source = DeepRuns.model(DeepNetwork.LENET5, new FloatRelu(), new int[] {1, 12, 12}, 3, 1);
    var data = SyntheticImages.make(8, 3, 5).train();
    Tensor input = Tensor.of(data.features().clone(), 8, 1, 12, 12);
    float[][] grads = new float[3][];
    for (SteVariant ste : SteVariant.values()) {
      Module m = DeepRuns.model(DeepNetwork.LENET5, new QuantizedRelu(2, 0.6511f, ste), new int[] {1, 12, 12}, 3, 2);
      WeightTransfer.copy(source, m);
      m.train(true);
      m.zeroGrad();
      Loss.softmaxCrossEntropy(m.forward(input), data.labels()).backward();
      grads[ste.ordinal()] = m.namedParameters().get("0.kernel").grad().data().clone();
    }
    assertThat(grads[0]).isNotEqualTo(grads[1]);
    assertThat(grads[1]).isNotEqualTo(grads[2]);
    assertThat(grads[0]).isNotEqualTo(grads[2]);
  }
}
