package dev.ste4j.nn.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.data.store.Datasets;
import org.junit.jupiter.api.Test;

/** A model without an input shape takes the dataset's when its default input does not hold the dataset's samples. */
class ModelsForDataTest {

  @Test
  void theDatasetsShapeReplacesADefaultOfAnotherSizeOnly() {
    int[] digits = Datasets.get("digits").sampleShape();
    assertThat(digits).containsExactly(1, 8, 8);
    ModelConfig d = ModelConfig.defaults();
    assertThat(Models.forData("mlp", d, digits).inputShape()).containsExactly(1, 8, 8);
    assertThat(Models.forData("lenet5", d, Datasets.get("cifar10").sampleShape()).inputShape())
        .containsExactly(3, 32, 32);
    // Same size as the default (MNIST for bnn-mlp's [784]): unchanged, so older runs keep their model id.
    assertThat(Models.forData("bnn-mlp", d, Datasets.get("mnist").sampleShape())).isSameAs(d);
    assertThat(Models.forData("mlp", d, Datasets.get("fashion-mnist").sampleShape())).isSameAs(d);
    ModelConfig given = d.withInputShape(64);
    assertThat(Models.forData("mlp", given, digits)).isSameAs(given);
  }

  @Test
  void resolvedConfigsOfTheSameModelCompareEqual() {
    ModelConfig implicit = ModelConfig.defaults();
    ModelConfig explicit = ModelConfig.binary().withInputShape(784);
    assertThat(Models.resolved("bnn-mlp", implicit)).isEqualTo(Models.resolved("bnn-mlp", explicit));
    assertThat(Models.resolved("mlp", implicit)).isNotEqualTo(Models.resolved("mlp", explicit));
  }

  @Test
  void everyDatasetKnowsItsShapeAndClassesWithoutItsFiles() {
    assertThat(Datasets.get("mnist").sampleShape()).containsExactly(1, 28, 28);
    assertThat(Datasets.get("cifar10").numClasses()).isEqualTo(10);
    assertThat(Datasets.get("digits").numClasses()).isEqualTo(10);
  }
}
