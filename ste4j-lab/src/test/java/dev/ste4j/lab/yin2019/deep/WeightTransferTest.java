package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.quantizer.QuantizedRelu;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WeightTransferTest {

  private static final int[] SHAPE = {1, 12, 12};

  private static Module lenet(dev.ste4j.nn.quantizer.Quantizer act, long seed) {
    return DeepRuns.model(DeepNetwork.LENET5, act, SHAPE, 3, seed);
  }

  private static Tensor batch(long seed) {
    float[] x = new float[4 * 144];
    new Rng(seed).fillGaussian(x, 1f);
    return Tensor.of(x, 4, 1, 12, 12);
  }

  /** Runs a few training-mode forwards so the BN running statistics move away from their initial values. */
  private static void warm(Module m) {
    m.train(true);
    for (int i = 0; i < 3; i++) {
      m.forward(batch(10 + i));
    }
  }

  @Test
  void everyParameterAndBufferIsCopiedByName() {
    Module source = lenet(new FloatRelu(), 1);
    warm(source);
    Module target = lenet(new QuantizedRelu(2, 0.6511f, SteVariant.RELU), 2);
    assertThat(target.namedParameters().get("0.kernel").data())
        .isNotEqualTo(source.namedParameters().get("0.kernel").data());
    WeightTransfer.copy(source, target);
    Map<String, Parameter> s = source.namedParameters();
    assertThat(target.namedParameters()).hasSameSizeAs(s).isNotEmpty();
    target.namedParameters().forEach((k, p) -> assertThat(p.data()).as(k).containsExactly(s.get(k).data()));
    Map<String, float[]> sb = source.namedBuffers();
    assertThat(target.namedBuffers()).isNotEmpty();
    target.namedBuffers().forEach((k, b) -> assertThat(b).as(k).containsExactly(sb.get(k)));
  }

  @Test
  void copiedFloatNetworkComputesTheSameOutputsAndFineQuantizerComesClose() {
    Module source = lenet(new FloatRelu(), 1);
    warm(source);
    source.train(false);
    Module copy = lenet(new FloatRelu(), 7);
    WeightTransfer.copy(source, copy);
    copy.train(false);
    // 16 bits with a tiny resolution: q(x) is within 2e-4 of ReLU below the top level 65535·2e-4 ≈ 13
    Module fine = lenet(new QuantizedRelu(16, 2e-4f, SteVariant.CLIPPED_RELU), 9);
    WeightTransfer.copy(source, fine);
    fine.train(false);
    Tensor x = batch(99);
    float[] want = source.forward(x).contiguous().data();
    assertThat(copy.forward(x).contiguous().data()).containsExactly(want);
    float[] got = fine.forward(x).contiguous().data();
    for (int i = 0; i < want.length; i++) {
      assertThat(got[i]).as("logit %d", i).isCloseTo(want[i], org.assertj.core.data.Offset.offset(0.01f));
    }
  }

  @Test
  void differentArchitecturesAreRefusedNamingTheDifference() {
    Module a = lenet(new FloatRelu(), 1);
    Module wide = Models.create("lenet5", ModelConfig.defaults().withActivation(new FloatRelu()).withInputShape(SHAPE)
        .withClasses(3).withWidth(8));
    assertThatThrownBy(() -> WeightTransfer.copy(a, wide)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0.kernel").hasMessageContaining("values in the source");
    Module plain = Models.create("lenet5", ModelConfig.defaults().withInputShape(SHAPE).withClasses(3));
    assertThatThrownBy(() -> WeightTransfer.copy(a, plain)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ");
  }
}
