package dev.ste4j.nn.export;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A model loaded from an exported file, ready for inference: binary layers run with XNOR-popcount on the bit-packed
 * kernels, batch norms followed by a binary layer are folded into integer sign thresholds, everything else runs on the
 * same ops as the training graph in evaluation mode, so predictions equal the training graph's.
 *
 * <pre>{@code ExportedModel m = ExportedModel.load(Path.of("model.ste"), "bnn-mlp"); int[] labels = m.predict(x);}</pre>
 */
public final class ExportedModel {

  private static final int PREDICT_BATCH = 1000;

  private final Path file;
  private final String name;
  private final int[] inputShape;
  private final Preprocessing preprocessing;
  private final List<InferenceStep> steps;

  ExportedModel(Path file, String name, int[] inputShape, Preprocessing preprocessing, List<InferenceStep> steps) {
    this.file = file;
    this.name = name;
    this.inputShape = inputShape;
    this.preprocessing = preprocessing;
    this.steps = steps;
  }

  /** Loads any exported model. */
  public static ExportedModel load(Path file) {
    return load(file, null);
  }

  /**
   * Loads an exported model, failing with {@link ModelFileException} when the file is unreadable, corrupt, of another
   * version, or holds another model than {@code expectedName} (null accepts any).
   */
  public static ExportedModel load(Path file, String expectedName) {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new ModelFileException(file, "cannot read: " + e.getMessage(), e);
    }
    return new ModelReader(file, bytes).read(expectedName);
  }

  /** Decodes exported bytes (the file name is used in messages only). */
  public static ExportedModel decode(Path file, byte[] bytes) {
    return new ModelReader(file, bytes).read(null);
  }

  public String name() {
    return name;
  }

  /** One sample's shape. */
  public int[] inputShape() {
    return inputShape.clone();
  }

  /**
   * What raw samples go through before the model: the training run's scaling and standardisation, or
   * {@link Preprocessing#IDENTITY} for a file that records none (every version-1 file).
   */
  public Preprocessing preprocessing() {
    return preprocessing;
  }

  /** The outputs (logits) for a batch of raw samples [N, inputShape…], preprocessed first. */
  public Tensor forwardRaw(Tensor raw) {
    checkBatch(raw);
    return forward(Tensor.wrap(preprocessing.apply(raw.data(), inputShape), raw.dims()));
  }

  /**
   * The arg-max class of every raw sample of a dataset (values as its files hold them, e.g. pixels 0..255), in file
   * order: {@link #predict(Dataset)} after {@link #preprocessing()}.
   */
  public int[] predictRaw(Dataset raw) {
    checkSamples(raw);
    return predict(preprocessing.apply(raw.reshape(inputShape)));
  }

  /**
   * The outputs (logits) for a batch [N, inputShape…]; with several threads, one slice of the batch per thread
   * ({@link BatchSlices}), with the same bits.
   */
  public Tensor forward(Tensor x) {
    checkBatch(x);
    int slice = BatchSlices.sliceSize(x.dim(0));
    try (var s = NoGrad.enter()) {
      return slice == 0 ? ResidualStep.run(steps, x) : BatchSlices.run(steps, x, slice);
    }
  }

  private void checkBatch(Tensor x) {
    if (x.rank() != inputShape.length + 1) {
      throw new IllegalArgumentException(file + ": model '" + name + "' expects [N, "
          + java.util.Arrays.toString(inputShape).replaceAll("[\\[\\]]", "") + "], got " + x.shape());
    }
    for (int i = 0; i < inputShape.length; i++) {
      if (x.dim(i + 1) != inputShape[i]) {
        throw new IllegalArgumentException(file + ": model '" + name + "' expects sample shape "
            + java.util.Arrays.toString(inputShape) + ", got " + x.shape());
      }
    }
  }

  /** The arg-max class of each sample. */
  public int[] predict(Tensor x) {
    return forward(x).argmax(1);
  }

  /**
   * The arg-max class of every sample of a dataset, in file order, in batches of 1000. The samples must have as many
   * values as the model's input shape and be prepared as the training data was (e.g. standardized); for raw samples,
   * use {@link #predictRaw}.
   */
  public int[] predict(Dataset data) {
    int size = checkSamples(data);
    int[] out = new int[data.size()];
    for (int from = 0; from < data.size(); from += PREDICT_BATCH) {
      int n = Math.min(PREDICT_BATCH, data.size() - from);
      float[] x = new float[n * size];
      System.arraycopy(data.features(), from * size, x, 0, n * size);
      System.arraycopy(predict(Tensor.wrap(x, Shape.batched(n, inputShape))), 0, out, from, n);
    }
    return out;
  }

  private int checkSamples(Dataset data) {
    int size = data.sampleSize();
    if (size != java.util.Arrays.stream(inputShape).reduce(1, (a, b) -> a * b)) {
      throw new IllegalArgumentException(file + ": model '" + name + "' expects samples of shape "
          + java.util.Arrays.toString(inputShape) + ", " + data.name() + " has " + java.util.Arrays.toString(
          data.sampleShape()));
    }
    return size;
  }

  /** One line per top-level step. */
  public List<String> describe() {
    List<String> out = new ArrayList<>();
    steps.forEach(s -> out.add(s.describe()));
    return out;
  }
}
