package dev.ste4j.cli.command.model;

import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ste export --model M [options] --out FILE}: writes the model in the deployable format of
 * docs/EXPORT_FORMAT.md (binary kernels bit-packed), then loads the file back and lists its inference steps.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a model in the versioned deployable format (docs/EXPORT_FORMAT.md) and verify it loads.")
public final class ExportCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Mixin
  ModelOptions options;

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (atomically).")
  Path out;

  @Option(names = "--checkpoint", paramLabel = "FILE",
      description = "Export the weights of this checkpoint of ste train (RUN_DIR/checkpoint.ckpt); the model "
          + "options must be those of the training run. Without it, a freshly initialized model is exported.")
  Path checkpoint;

  /** Builds the model to export, with the checkpoint's weights when one is given. */
  Module buildModel(ModelConfig c) {
    Module model = Models.create(options.model(), c);
    if (checkpoint != null) {
      // The checkpoint names the model and its configuration; restoreInto refuses another one, naming both.
      CheckpointFormat.read(checkpoint).restoreInto(options.model() + " " + c, model, null);
    }
    return model;
  }

  /** Runs the training graph (evaluation mode) and the loaded file on the same random batch and compares. */
  static String verify(Module model, ExportedModel loaded, int[] shape) {
    int[] dims = new int[shape.length + 1];
    dims[0] = 4;
    System.arraycopy(shape, 0, dims, 1, shape.length);
    Tensor x = Tensor.randn(new Rng(1), 1f, dims);
    float[] expected;
    try (var s = NoGrad.enter()) {
      expected = model.forward(x).data();
    }
    float[] actual = loaded.forward(x).data();
    if (!Arrays.equals(expected, actual)) {
      throw new IllegalStateException("export: the loaded model's outputs differ from the training graph's");
    }
    return "verified: the loaded file gives the training graph's outputs bit for bit on 4 random inputs";
  }

  @Override
  public void run() {
    ModelConfig c = options.config();
    Module model = buildModel(c);
    model.train(false);
    int[] shape = options.sampleShape(c);
    long bytes;
    try {
      bytes = ModelExporter.export(model, options.model(), shape, out);
    } catch (IOException e) {
      throw new UncheckedIOException("export: cannot write " + out + ": " + e.getMessage(), e);
    }
    ExportedModel loaded = ExportedModel.load(out, options.model());
    PrintWriter w = spec.commandLine().getOut();
    w.println("exported " + options.model() + " to " + out + " (" + bytes + " bytes); inference steps:");
    loaded.describe().forEach(s -> w.println("  " + s));
    w.println(verify(model, loaded, shape));
    w.flush();
  }
}
