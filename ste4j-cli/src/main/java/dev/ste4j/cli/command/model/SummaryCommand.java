package dev.ste4j.cli.command.model;

import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.export.onnx.OnnxExporter;
import dev.ste4j.nn.export.onnx.OnnxFormat;
import dev.ste4j.nn.layer.Layers;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.summary.ModelSummary;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;

/**
 * {@code ste summary --model M [options]} or {@code ste summary --checkpoint RUN_DIR}: the model's layers with input precision, output shape, parameters by bit
 * width, memory and MACs by precision; totals, float-32 equivalent, compression ratio; and the measured size of the
 * model exported to a temporary file, and the measured sizes of its ONNX and QONNX exports (encoded in memory).
 */
@Command(name = "summary", mixinStandardHelpOptions = true,
    description = "Per-layer precision, shapes, parameters by bit width, memory and MACs; measured export size.")
public final class SummaryCommand extends ChosenModelCommand {

  @Override
  public void run() {
    ChosenModel chosen = options.choose();
    Module model = chosen.build();
    int[] shape = chosen.sampleShape();
    ModelSummary s = ModelSummary.of(chosen.name(), model, shape);
    long measured;
    Path tmp = null;
    try {
      tmp = Files.createTempFile("ste-summary-", ".ste");
      ModelExporter.export(model, chosen.name(), shape, chosen.recordedPreprocessing(), tmp);
      measured = Files.size(tmp);
    } catch (IOException e) {
      throw new IllegalStateException("summary: cannot export to a temporary file: " + e.getMessage(), e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // A leftover temporary file is harmless; the summary is still right.
        }
      }
    }
    ModelSummary sized = s.withExportedSize(measured);
    java.util.List<String> notes = new java.util.ArrayList<>();
    for (OnnxFormat f : OnnxFormat.values()) {
      String label = f == OnnxFormat.ONNX ? "ONNX" : "QONNX";
      try {
        sized = sized.withFormatSize(label, OnnxExporter.encode(model, chosen.name(), shape,
            chosen.recordedPreprocessing(), f).length);
      } catch (IllegalArgumentException e) {
        notes.add(label + " export: not possible: " + e.getMessage());
      }
    }
    PrintWriter out = stdout();
    out.print(sized.render());
    notes.forEach(out::println);
    Layers.warnings(model).forEach(w -> out.println("warning: " + w));
    out.flush();
  }
}
