package dev.ste4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.metric.Accuracy;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The composed binary MLP trains on separable synthetic data and its exported file predicts as it does. */
class ComposeBinaryMlpTest {

  @Test
  void composedModelTrainsAndTheExportAgreesWithIt(@TempDir Path dir) throws Exception {
    SyntheticMnist.write(dir, 300, 100, 11);
    ComposeBinaryMlp.Predictions p = ComposeBinaryMlp.run(dir, 2, dir.resolve("m.ste"));
    // Chance is 10 %; the classes are separable.
    assertThat(Accuracy.of(p.packed(), p.labels())).isGreaterThan(0.8);
    assertThat(p.packed()).containsExactly(p.trainingGraph());
  }

  @Test
  void theSameSeedBuildsTheSameInitialWeights() {
    Sequential a = ComposeBinaryMlp.model(16, 5);
    Sequential b = ComposeBinaryMlp.model(16, 5);
    Sequential c = ComposeBinaryMlp.model(16, 6);
    a.namedParameters().forEach((k, p) -> assertThat(p.data()).containsExactly(b.namedParameters().get(k).data()));
    assertThat(a.namedParameters().values().iterator().next().data())
        .isNotEqualTo(c.namedParameters().values().iterator().next().data());
  }
}
