package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuantizedModelHooksTest {

  static Module bnn() {
    return Models.create("bnn-mlp", ModelConfig.defaults().withWidth(32).withInputShape(20).withClasses(3)
        .withSeed(4));
  }

  static List<float[]> state(Module m) {
    List<float[]> out = new ArrayList<>();
    m.namedParameters().values().forEach(p -> out.add(p.data().clone()));
    m.namedBuffers().values().forEach(b -> out.add(b.clone()));
    return out;
  }

  @Test
  void probingMeasuresSaturationAndMismatchAndChangesNothing() {
    Module m = bnn();
    Rng rng = new Rng(2);
    Tensor x = Tensor.randn(rng, 2f, 16, 20);
    int[] y = new int[16];
    for (int i = 0; i < y.length; i++) {
      y[i] = rng.nextInt(3);
    }
    List<float[]> before = state(m);
    Map<String, Double> stats = new QuantizedModelHooks().epochMetrics(m, x, y);
    List<float[]> after = state(m);
    for (int i = 0; i < before.size(); i++) {
      assertThat(after.get(i)).containsExactly(before.get(i));
    }
    assertThat(m.isTraining()).isTrue();
    assertThat(stats).containsKeys("saturated_preact", "gradient_mismatch", "latent_at_clip");
    assertThat(stats.get("latent_at_clip")).isBetween(0.0, 1.0);
    assertThat(stats.get("saturated_preact")).isBetween(0.0, 1.0);
    assertThat(stats.get("gradient_mismatch")).isBetween(0.0, 2.0);
    for (QuantizedLayer q : Layers.quantized(m)) {
      assertThat(q.usesLatentWeights()).isFalse();
    }
  }

  @Test
  void afterStepClipsLatentKernelsIntoTheirConstraint() {
    Module m = bnn();
    float[] k = Layers.quantized(m).get(1).kernel().data();
    k[0] = 5f;
    k[1] = -7f;
    new QuantizedModelHooks().afterStep(m);
    assertThat(k[0]).isEqualTo(1f);
    assertThat(k[1]).isEqualTo(-1f);
  }
}
