package dev.ste4j.bench;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.Module;
import java.nio.file.Path;

/**
 * Times inference of a library model after export, as a user deploys it: {@link ModelExporter} writes the bit-packed
 * format, {@link ExportedModel} reads it back, and {@link ExportedModel#predict(Dataset)} classifies the samples in
 * batches of 1000 (PyTorch's side evaluates the same float network in the same batches). Two untimed passes warm the
 * JIT up; the figure is the samples per second of the timed passes.
 */
public final class ExportedInference {

  private ExportedInference() {}

  /** The model as its exported file runs it (no file is written: the bytes are decoded in memory). */
  public static ExportedModel export(Module model, String name, int[] sampleShape) {
    model.train(false);
    return ExportedModel.decode(Path.of(name + ".ste"), ModelExporter.encode(model, name, sampleShape));
  }

  /** Inference samples per second of {@code model} predicting all of {@code data}, {@code passes} times. */
  public static double samplesPerSecond(ExportedModel model, Dataset data, int passes) {
    for (int i = 0; i < 2; i++) {
      model.predict(data);
    }
    long t0 = System.nanoTime();
    for (int i = 0; i < passes; i++) {
      model.predict(data);
    }
    return data.size() * (double) passes / ((System.nanoTime() - t0) / 1e9);
  }
}
