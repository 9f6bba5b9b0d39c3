package dev.ste4j.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.train.Training;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The bench's models and steps are the library's: a model the bench trained ends with bitwise the parameters that
 * {@code Models.create} plus the public {@code Training} API give after the same steps, and the exported model the
 * inference workloads time predicts what the training graph predicts.
 */
class LibraryPathTest {

  @Test
  void benchTrainingEqualsModelsCreateTrainedByTheTrainer() {
    int batch = 16;
    Module bench = BenchModels.bnnMlp(32);
    double rate = LibraryTraining.samplesPerSecond(bench, new int[] {784}, batch, 1, 2);
    assertThat(rate).isPositive();

    Module library = Models.create("bnn-mlp", ModelConfig.defaults().withWidth(32));
    Module untrained = Models.create("bnn-mlp", ModelConfig.defaults().withWidth(32));
    Training.of(library).epochs(1).batchSize(batch).seed(0)
        .fit(LibraryTraining.randomData(new int[] {784}, batch * 3, 0), null);

    Map<String, Parameter> b = bench.namedParameters();
    Map<String, Parameter> l = library.namedParameters();
    assertThat(b.keySet()).containsExactlyElementsOf(l.keySet());
    boolean moved = false;
    for (String name : l.keySet()) {
      assertThat(b.get(name).data()).as(name).isEqualTo(l.get(name).data());
      moved |= !java.util.Arrays.equals(l.get(name).data(), untrained.namedParameters().get(name).data());
    }
    assertThat(moved).as("three steps change the weights").isTrue();
  }

  @Test
  void theVggWorkloadTrainsTheLibrarysVgg() {
    Module bench = BenchModels.bnnVggSmall(4);
    Module library = Models.create("bnn-vgg-small", ModelConfig.defaults().withWidth(4));
    LibraryTraining.samplesPerSecond(bench, new int[] {3, 32, 32}, 4, 0, 1);
    Training.of(library).epochs(1).batchSize(4).seed(0)
        .fit(LibraryTraining.randomData(new int[] {3, 32, 32}, 4, 0), null);
    for (String name : library.namedParameters().keySet()) {
      assertThat(bench.namedParameters().get(name).data()).as(name)
          .isEqualTo(library.namedParameters().get(name).data());
    }
  }

  @Test
  void exportedModelPredictsWhatTheTrainingGraphPredicts() {
    Module model = BenchModels.bnnMlp(32);
    Dataset data = LibraryTraining.randomData(new int[] {784}, 64, 3);
    LibraryTraining.samplesPerSecond(model, new int[] {784}, 32, 0, 2);
    ExportedModel exported = ExportedInference.export(model, "bnn-mlp", new int[] {784});
    model.train(false);
    int[] graph = model.forward(dev.ste4j.tensor.Tensor.wrap(data.features().clone(), 64, 784)).argmax(1);
    assertThat(exported.predict(data)).isEqualTo(graph);
    assertThat(ExportedInference.samplesPerSecond(exported, data, 1)).isPositive();
  }
}
