package dev.ste4j.examples;

import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.Sequential;
import dev.ste4j.nn.metric.Accuracy;
import dev.ste4j.nn.quantizer.Quantizer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.nn.train.Training;
import dev.ste4j.nn.train.TrainingResult;
import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * A binary MLP composed from layers instead of taken from the model registry: 784 → 256 → 256 → 10, every kernel
 * binarized by {@code ste_sign} with the latent weights clipped to [−1, 1], the hidden layers' inputs binarized by
 * {@code approx_sign} (the piecewise-polynomial pseudo-derivative of Bi-Real Net, Liu et al. 2018), a batch norm after
 * each layer. The first layer sees the standardized pixels unquantized, as in Hubara et al. 2016.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp … dev.ste4j.examples.ComposeBinaryMlp [DATA_FOLDER [EPOCHS]]</pre>
 * Writes {@code binary-mlp-256.ste} in the working folder.
 */
public final class ComposeBinaryMlp {

  private ComposeBinaryMlp() {}

  /** The test-set predictions of the bit-packed model and of the training graph it was exported from. */
  record Predictions(int[] packed, int[] trainingGraph, int[] labels) {}

  public static void main(String[] args) throws IOException {
    ExampleArgs a = ExampleArgs.parse("ComposeBinaryMlp", args);
    run(a.dataFolder(), a.epochs(), Path.of("binary-mlp-256.ste"));
  }

  /** The network; the same seed gives the same initial weights. */
  static Sequential model(int hidden, long seed) {
    Rng init = new Rng(seed);
    Quantizer kernel = Quantizers.create("ste_sign");
    Quantizer input = Quantizers.create("approx_sign");
    return new Sequential(new Flatten(),
        QuantDense.builder(28 * 28, hidden).kernelQuantizer(kernel).clip(1f).useBias(false).build(init.split(1)),
            new BatchNorm(hidden),
        QuantDense.builder(hidden, hidden).inputQuantizer(input).kernelQuantizer(kernel).clip(1f).useBias(false)
            .build(init.split(2)), new BatchNorm(hidden),
        QuantDense.builder(hidden, 10).inputQuantizer(input).kernelQuantizer(kernel).clip(1f).useBias(false)
            .build(init.split(3)), new BatchNorm(10));
  }

  /** Trains, exports, reloads and predicts the test set with both the file and the trained model. */
  static Predictions run(Path dataFolder, int epochs, Path modelFile) throws IOException {
    TrainTest mnist = Datasets.loadStandardized("mnist", dataFolder);
    Sequential model = model(256, 1);
    TrainingResult trained = Training.of(model).optimizer("adam", Map.of("lr", 0.005)).schedule("cosine")
        .epochs(epochs).batchSize(100).seed(1).printEpochs(System.out).fit(mnist.train(), mnist.test());
    long bytes = ModelExporter.export(model, "binary-mlp-256", mnist.test().sampleShape(), modelFile);
    int[] predicted = ExportedModel.load(modelFile, "binary-mlp-256").predict(mnist.test());
    System.out.printf("training graph %.2f %%; %s: %d bytes, bit-packed %.2f %%%n", 100 * trained.testAccuracy(),
        modelFile, bytes, 100 * Accuracy.of(predicted, mnist.test().labels()));
    return new Predictions(predicted, Evaluator.predict(model, mnist.test(), 1000), mnist.test().labels());
  }
}
