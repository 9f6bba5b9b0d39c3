package dev.ste4j.examples;

import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.metric.Accuracy;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.nn.train.Training;
import dev.ste4j.nn.train.TrainingResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

/**
 * Trains the binary MLP of bench/WORKLOADS.md ({@code bnn-mlp}: binary weights and activations, three hidden layers of
 * 1024, Hubara et al. 2016) on MNIST with Adam and a cosine schedule, exports it bit-packed, loads the file and runs
 * XNOR-popcount inference on the test set, then times the float training graph on the same test set for comparison.
 *
 * <pre>java --add-modules jdk.incubator.vector -cp … dev.ste4j.examples.TrainBinaryMnist [DATA_FOLDER [EPOCHS]]</pre>
 * DATA_FOLDER defaults to {@code ~/.ste4j/data} (MNIST is fetched into it when missing), EPOCHS to 2; the model is
 * written to {@code bnn-mlp.ste} in the working folder. The lines between the snippet markers are the README's
 * "From Java" snippet (a test keeps the two equal).
 */
public final class TrainBinaryMnist {

  private TrainBinaryMnist() {}

  /** What the run produced, for the test: the training, the file's size and both models' test-set predictions. */
  record Outcome(TrainingResult trained, long bytes, int[] packedPredictions, int[] floatPredictions, int[] labels) {}

  public static void main(String[] args) throws IOException {
    ExampleArgs a = ExampleArgs.parse("TrainBinaryMnist", args);
    run(a.dataFolder(), a.epochs(), Path.of("bnn-mlp.ste"));
  }

  static Outcome run(Path dataFolder, int epochs, Path modelFile) throws IOException {
    // [snippet]
    TrainTest mnist = Datasets.loadStandardized("mnist", dataFolder);
    Module model = Models.create("bnn-mlp", ModelConfig.binary().withSeed(1));
    TrainingResult trained = Training.of(model)
        .optimizer("adam", Map.of("lr", 0.001)).schedule("cosine")
        .epochs(epochs).batchSize(100).seed(1).printEpochs(System.out)
        .fit(mnist.train(), mnist.test());

    long bytes = ModelExporter.export(model, "bnn-mlp", mnist.test().sampleShape(), modelFile);
    ExportedModel packed = ExportedModel.load(modelFile);
    packed.predict(mnist.test()); // a first pass lets the JIT compile the XNOR-popcount kernels before timing
    long start = System.nanoTime();
    int[] predicted = packed.predict(mnist.test());
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("%s: %d bytes; bit-packed inference: accuracy %.2f %%, %.0f samples/s%n", modelFile, bytes,
        100 * Accuracy.of(predicted, mnist.test().labels()), mnist.test().size() / seconds);
    // [/snippet]

    // For comparison, the training graph (float latent weights binarized on the fly, float matrix products) in
    // evaluation mode on the same samples; its code is already compiled by the training.
    long floatStart = System.nanoTime();
    int[] floatPredicted = Evaluator.predict(model, mnist.test(), 1000);
    double floatSeconds = (System.nanoTime() - floatStart) / 1e9;
    int n = mnist.test().size();
    System.out.printf("training graph: accuracy %.2f %%, %.0f samples/s; predictions agree on %d of %d samples%n",
        100 * Accuracy.of(floatPredicted, mnist.test().labels()), n / floatSeconds,
        agreements(predicted, floatPredicted), n);
    return new Outcome(trained, bytes, predicted, floatPredicted, mnist.test().labels());
  }

  private static int agreements(int[] a, int[] b) {
    int same = 0;
    for (int i = 0; i < a.length; i++) {
      if (a[i] == b[i]) {
        same++;
      }
    }
    return same;
  }
}
