package dev.ste4j.cli.command.model;

import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.export.onnx.OnnxExporter;
import dev.ste4j.nn.export.onnx.OnnxFormat;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;

/**
 * {@code ste export --checkpoint RUN_DIR --out FILE} (or {@code --model M [options]} for a freshly initialized model):
 * writes the model in the deployable format of docs/EXPORT_FORMAT.md (binary kernels bit-packed) with the input
 * preprocessing of its training run, then loads the file back and lists its inference steps. With
 * {@code --format onnx} it writes standard ONNX for ONNX Runtime, with {@code --format qonnx} ONNX with QONNX's
 * quantizer operators for FINN and the qonnx tools (docs/EXPORT_FORMAT.md, section ONNX).
 */
@Command(name = "export", mixinStandardHelpOptions = true,
    description = "Write a model in the versioned deployable format (docs/EXPORT_FORMAT.md) and verify it loads, or"
        + " as ONNX / QONNX for other runtimes.")
public final class ExportCommand extends ChosenModelCommand {

  @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write (atomically).")
  Path out;

  @Option(names = "--format", defaultValue = "ste", paramLabel = "FORMAT",
      description = "ste (the bit-packed format of docs/EXPORT_FORMAT.md; default), onnx (standard ONNX, opset 13,"
          + " for ONNX Runtime) or qonnx (the same graph with QONNX BipolarQuant/Quant nodes, for FINN/qonnx).")
  String format;

  /** Runs the training graph (evaluation mode) and the loaded file on the same random batch and compares. */
  static String verify(Module model, ExportedModel loaded, int[] shape) {
    Tensor x = Tensor.randn(new Rng(1), 1f, Shape.batched(4, shape));
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
    String key = format.toLowerCase(Locale.ROOT);
    if (!key.equals("ste") && !key.equals("onnx") && !key.equals("qonnx")) {
      throw new ParameterException(spec.commandLine(), "--format must be ste, onnx or qonnx, got '" + format + "'");
    }
    ChosenModel chosen = options.choose();
    Module model = chosen.build();
    model.train(false);
    int[] shape = chosen.sampleShape();
    Preprocessing preprocessing = chosen.preprocessing();
    if (key.equals("ste")) {
      exportSte(chosen, model, shape, preprocessing);
    } else {
      exportOnnx(chosen, model, shape, preprocessing, key.equals("onnx") ? OnnxFormat.ONNX : OnnxFormat.QONNX);
    }
  }

  private void exportOnnx(ChosenModel chosen, Module model, int[] shape, Preprocessing preprocessing, OnnxFormat f) {
    long bytes;
    try {
      bytes = ModelExporter.exportOnnx(model, chosen.name(), shape, preprocessing, f, out);
    } catch (IOException e) {
      throw new UncheckedIOException("export: cannot write " + out + ": " + e.getMessage(), e);
    }
    PrintWriter w = stdout();
    w.println("exported " + chosen.name() + (chosen.run() != null ? " from " + chosen.run().file() : "") + " to "
        + out + " as " + (f == OnnxFormat.ONNX ? "ONNX" : "QONNX") + " (opset 13, " + bytes + " bytes)");
    w.println("graph input '" + OnnxExporter.INPUT + "' [N, " + Arrays.toString(shape).replaceAll("[\\[\\]]", "")
        + "] of raw samples, output '" + OnnxExporter.OUTPUT + "'");
    w.println("input preprocessing: " + (preprocessing.isIdentity() ? "none (the model takes its inputs as they are)"
        : preprocessing.format() + " (in the graph)"));
    if (f == OnnxFormat.ONNX) {
      w.println("binary activations are Where(x >= 0, 1, -1) (sign(0) = +1, as in ste4j; ONNX Sign would give 0);"
          + " ste4j's tests run such files in ONNX Runtime against ste4j's own outputs");
    } else {
      w.println("quantizers as BipolarQuant/Quant nodes of domain qonnx.custom_op.general (for FINN and the qonnx"
          + " tools; ONNX Runtime does not know these operators, use --format onnx for it)");
    }
    w.flush();
  }

  private void exportSte(ChosenModel chosen, Module model, int[] shape, Preprocessing preprocessing) {
    long bytes;
    try {
      bytes = ModelExporter.export(model, chosen.name(), shape, preprocessing, out);
    } catch (IOException e) {
      throw new UncheckedIOException("export: cannot write " + out + ": " + e.getMessage(), e);
    }
    ExportedModel loaded = ExportedModel.load(out, chosen.name());
    PrintWriter w = stdout();
    w.println("exported " + chosen.name() + (chosen.run() != null ? " from " + chosen.run().file() : "") + " to "
        + out + " (" + bytes + " bytes); inference steps:");
    loaded.describe().forEach(s -> w.println("  " + s));
    w.println("input preprocessing: " + (preprocessing.isIdentity() ? "none (the model takes its inputs as they are)"
        : preprocessing.format() + " (applied by predictRaw and ste eval FILE)"));
    w.println(verify(model, loaded, shape));
    w.flush();
  }
}
