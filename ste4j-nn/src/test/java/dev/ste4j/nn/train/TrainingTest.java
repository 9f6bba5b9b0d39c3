package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.LastBatch;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.metric.Accuracy;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.schedule.Schedules;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The {@link Training} builder runs exactly the {@link Trainer} it stands for; {@link Evaluator#predict} agrees. */
class TrainingTest {

  static final Dataset TRAIN = TinyNet.blobs(300, 12, 3, 1);
  static final Dataset TEST = TinyNet.blobs(100, 12, 3, 2);

  @Test
  void builderGivesBitwiseTheSameRunAsTheTrainer() {
    TinyNet viaBuilder = new TinyNet(12, 16, 3, true, 5);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    TrainingResult a = Training.of(viaBuilder).optimizer("sgd", Map.of("lr", 0.05, "momentum", 0.9))
        .schedule("cosine").epochs(3).batchSize(32).seed(9)
        .printEpochs(new PrintStream(printed, true, StandardCharsets.UTF_8)).fit(TRAIN, TEST);

    TinyNet direct = new TinyNet(12, 16, 3, true, 5);
    Optimizer sgd = Optimizers.create("sgd", Map.of("lr", 0.05, "momentum", 0.9), direct.namedParameters());
    TrainingResult b = Training.of(direct).config(TrainingConfig.of(TrainingOptions.of(3, 32, 9))).modelId("tiny")
        .optimizer(sgd).schedule(Schedules.create("cosine", Map.of(), Trainer.batchesPerEpoch(TRAIN.size(), 32), 3))
        .hooks(new QuantizedModelHooks()).metadata(Map.of()).trainer().fit(TRAIN, TEST, null);

    TrainerTest.assertBitwiseEqual(TrainerTest.weights(viaBuilder), TrainerTest.weights(direct));
    assertThat(a.testAccuracy()).isEqualTo(b.testAccuracy());
    assertThat(a.history()).hasSize(3);
    assertThat(printed.toString(StandardCharsets.UTF_8).lines()).hasSize(3).first().asString()
        .startsWith("epoch 1/3: train loss ");
  }

  /** bnn-mlp (batch norm after each binary layer) on 12-dimensional blobs. */
  private static Module batchNormModel() {
    return Models.create("bnn-mlp", ModelConfig.binary().withInputShape(12).withClasses(3).withWidth(16).withSeed(2));
  }

  @Test
  void aRemainderOfOneSampleNoLongerStopsABatchNormModelAndEvaluationKeepsEverySample() {
    Dataset train = TinyNet.blobs(201, 12, 3, 1);
    Dataset test = TinyNet.blobs(201, 12, 3, 2);
    Module model = batchNormModel();
    TrainingResult r = Training.of(model).epochs(2).batchSize(100).seed(3).fit(train, test);
    assertThat(r.steps()).isEqualTo(4);
    assertThat(r.history()).hasSize(2);
    assertThat(Double.isFinite(r.testLoss())).isTrue();
    // Evaluation in eval mode (running statistics) takes a last batch of one sample: same accuracy as in one batch.
    assertThat(Evaluator.evaluate(model, test, 100).accuracy())
        .isEqualTo(Evaluator.evaluate(model, test, 1000).accuracy()).isEqualTo(r.testAccuracy());
    assertThat(Evaluator.evaluate(model, test, 100).samples()).isEqualTo(201);
    // Keeping the single sample as a batch is what used to fail, after a whole epoch.
    assertThatThrownBy(() -> Training.of(batchNormModel()).epochs(1).batchSize(100).lastBatch(LastBatch.KEEP)
        .fit(train, test)).hasMessageContaining("more than one value per channel");
    assertThat(Training.of(batchNormModel()).epochs(1).batchSize(100).lastBatch(LastBatch.DROP)
        .fit(TinyNet.blobs(250, 12, 3, 1), null).steps()).isEqualTo(2);
  }

  @Test
  void aDatasetSizeThatIsAMultipleOfTheBatchGivesBitwiseTheSameRunUnderEveryPolicy() {
    Module keep = batchNormModel();
    Module single = batchNormModel();
    Training.of(keep).epochs(2).batchSize(50).lastBatch(LastBatch.KEEP).fit(TRAIN, null);
    Training.of(single).epochs(2).batchSize(50).fit(TRAIN, null);
    TrainerTest.assertBitwiseEqual(TrainerTest.weights(keep), TrainerTest.weights(single));
  }

  @Test
  void predictMatchesTheEvaluatorsAccuracy() {
    TinyNet net = new TinyNet(12, 16, 3, false, 3);
    Training.of(net).epochs(2).batchSize(50).fit(TRAIN, null);
    int[] predicted = Evaluator.predict(net, TEST, 7);
    assertThat(predicted).hasSize(TEST.size()).containsExactly(Evaluator.predict(net, TEST, 1000));
    assertThat(Accuracy.of(predicted, TEST.labels())).isEqualTo(Evaluator.evaluate(net, TEST, 1000).accuracy());
    assertThat(net.isTraining()).isTrue();
  }

  @Test
  void unknownNamesAndBadSizesFailNamingThem() {
    TinyNet net = new TinyNet(12, 4, 3, false, 1);
    assertThatThrownBy(() -> Training.of(net).optimizer("adagrad", Map.of()))
        .hasMessageContaining("adagrad").hasMessageContaining("adam");
    assertThatThrownBy(() -> Training.of(net).schedule("linear")).hasMessageContaining("linear")
        .hasMessageContaining("cosine");
    assertThatThrownBy(() -> Training.of(net).epochs(0).fit(TRAIN, null)).hasMessageContaining("epochs=0");
    assertThatThrownBy(() -> Training.of(net).optimizer("adam", Map.of("momentum", 0.9)).fit(TRAIN, null))
        .hasMessageContaining("momentum");
    assertThatThrownBy(() -> Accuracy.of(new int[2], new int[3])).hasMessageContaining("2 predictions for 3");
    assertThatThrownBy(() -> Evaluator.predict(net, TEST, 0)).hasMessageContaining("batch size");
  }
}
