package dev.ste4j.nn.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.random.Rng;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelsTest {

  @Test
  void everyModelMapsABatchToClassLogitsAndBackPropagates() {
    for (String name : Models.names()) {
      // Narrow widths keep the test fast; the structure is the same.
      ModelConfig c = ModelConfig.defaults().withWidth(name.equals("mlp") ? 16 : name.equals("lenet5") ? 3
          : name.equals("bnn-mlp") ? 32 : 8).withSeed(5);
      Module m = Models.create(name, c);
      int[] in = Models.inputShape(name, c);
      Tensor x = Tensor.randn(new Rng(1), 1f, Shape.batched(3, in));
      Tensor y = m.forward(x);
      assertThat(y.dims()).as(name).containsExactly(3, 10);
      Loss.softmaxCrossEntropy(y, new int[] {0, 1, 2}).backward();
      for (Map.Entry<String, Parameter> e : m.namedParameters().entrySet()) {
        assertThat(e.getValue().grad()).as(name + " " + e.getKey()).isNotNull();
      }
    }
  }

  @Test
  void sameSeedSameWeights() {
    ModelConfig c = ModelConfig.binary().withWidth(8).withSeed(11);
    float[] a = Models.create("bnn-vgg-small", c).parameters().get(2).data();
    float[] b = Models.create("bnn-vgg-small", c).parameters().get(2).data();
    assertThat(a).containsExactly(b);
  }

  @Test
  void bnnMlpMatchesTheWorkloadDefinition() {
    Module m = Models.create("bnn-mlp", ModelConfig.defaults());
    List<QuantizedLayer> q = Layers.quantized(m);
    assertThat(q).hasSize(4);
    assertThat(q.get(0).inputQuantizer()).isNull();
    assertThat(q.get(1).inputQuantizer().name()).isEqualTo("ste_sign");
    assertThat(q).allMatch(l -> l.kernelQuantizer().name().equals("ste_sign") && l.bias() == null
        && l.kernelClip() == 1f);
    long params = m.parameters().stream().mapToLong(p -> p.value().size()).sum();
    // kernels 784·1024 + 2·1024² + 1024·10, BN γ,β 2·(3·1024 + 10)
    assertThat(params).isEqualTo(784L * 1024 + 2L * 1024 * 1024 + 1024L * 10 + 2L * (3 * 1024 + 10));
    assertThat(Layers.warnings(m)).isEmpty();
  }

  @Test
  void yinDeepSettingPutsScaleFreeBatchNormBeforeEachQuantizedActivation() {
    for (String name : List.of("lenet5", "vgg11", "resnet20")) {
      ModelConfig c = ModelConfig.fromMap(ModelConfig.defaults().withWidth(4), Map.of("bits", "4", "ste", "relu"));
      List<Module> all = Layers.walk(Models.create(name, c));
      int activations = 0;
      for (int i = 0; i < all.size(); i++) {
        if (all.get(i) instanceof QuantActivation a) {
          activations++;
          assertThat(a.quantizer().config()).containsEntry("bits", "4").containsEntry("ste", "relu")
              .containsEntry("alpha", "0.1946");
          assertThat(all.get(i - 1)).isInstanceOf(BatchNorm.class);
          assertThat(((BatchNorm) all.get(i - 1)).isAffine()).isFalse();
        }
      }
      assertThat(activations).as(name).isEqualTo(switch (name) {
        case "lenet5" -> 4;
        case "vgg11" -> 8;
        default -> 1 + 9 * 2;
      });
    }
  }

  @Test
  void unknownNamesAndKeysAreListed() {
    assertThatThrownBy(() -> Models.create("resnet18", ModelConfig.defaults()))
        .hasMessageContaining("unknown model 'resnet18'").hasMessageContaining("mlp, lenet5, vgg11, resnet20");
    assertThatThrownBy(() -> ModelConfig.fromMap(ModelConfig.defaults(), Map.of("widht", "3")))
        .hasMessageContaining("unknown key 'widht'").hasMessageContaining("width");
    assertThatThrownBy(() -> ModelConfig.fromMap(ModelConfig.defaults(), Map.of("kernel_quantizer", "sgn")))
        .hasMessageContaining("unknown quantizer 'sgn'");
    assertThatThrownBy(() -> Models.create("lenet5", ModelConfig.defaults().withInputShape(784)))
        .hasMessageContaining("[C, H, W]");
  }

  @Test
  void configFromMapReadsQuantizersAndShape() {
    ModelConfig c = ModelConfig.fromMap(ModelConfig.defaults(), Map.of("input_quantizer", "ste_sign:clip=none",
        "kernel_quantizer", "approx_sign", "kernel_clip", "1.5", "input_shape", "3x16x16", "seed", "4"));
    assertThat(c.inputQuantizer().config()).containsEntry("clip", "none");
    assertThat(c.kernelQuantizer().name()).isEqualTo("approx_sign");
    assertThat(c.kernelClip()).isEqualTo(1.5f);
    assertThat(c.inputShape()).containsExactly(3, 16, 16);
    assertThat(c.seed()).isEqualTo(4L);
  }

  @Test
  void randomStateRoundTripsByPath() {
    ModelConfig c = ModelConfig.defaults().withActivation(dev.ste4j.nn.quantizer.Quantizers.create("stochastic_sign"))
        .withWidth(4).withSeed(1);
    Module m = Models.create("mlp", c);
    Map<String, long[]> s = Layers.randomState(m);
    assertThat(s).containsKeys("3", "6", "1", "4", "7");
    Tensor x = Tensor.randn(new Rng(2), 1f, 4, 1, 28, 28);
    float[] first = m.forward(x).data();
    Layers.restoreRandomState(m, s);
    assertThat(m.forward(x).data()).containsExactly(first);
    assertThatThrownBy(() -> Layers.restoreRandomState(m, Map.of("9", new long[] {1, 2})))
        .hasMessageContaining("state has [9]");
    assertThat(ModelConfig.defaults().withInputShape(1, 2, 3)).isEqualTo(ModelConfig.defaults().withInputShape(1, 2, 3));
  }
}
