package dev.ste4j.cli.command.model;

import static dev.ste4j.cli.CliResult.run;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.CliResult;
import dev.ste4j.nn.export.ExportedModel;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The quantizer, summary and export commands run in-process. */
class ModelCommandsTest {

  @TempDir
  Path dir;

  @Test
  void quantizersListsEveryRegisteredName() {
    CliResult r = run("quantizers");
    assertThat(r.code()).isZero();
    for (String name : dev.ste4j.nn.quantizer.Quantizers.names()) {
      assertThat(r.out()).contains(name + "  (");
    }
    assertThat(r.out()).contains("sign(0) = +1");
  }

  @Test
  void quantizerPrintsForwardAndDerivativeAsCsv() {
    CliResult r = run("quantizer", "ste_sign", "--param", "clip=0.5", "--at", "-1,-0.5,0,0.25,0.5,0.75");
    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(String.join(System.lineSeparator(), "x,forward,derivative", "-1,-1,0",
        "-0.5,-1,1", "0,1,1", "0.25,1,1", "0.5,1,1", "0.75,1,0") + System.lineSeparator());
    CliResult range = run("quantizer", "heaviside", "--param", "ste=relu", "--at", "-1:1:0.5");
    assertThat(range.out()).contains("-1,0,0").contains("0,0,0").contains("0.5,1,1").contains("1,1,1");
  }

  @Test
  void quantizerPlotWritesAPng() throws Exception {
    Path png = dir.resolve("approx.png");
    CliResult r = run("quantizer", "approx_sign", "--at", "-2:2:0.1", "--plot", png.toString());
    assertThat(r.code()).isZero();
    byte[] b = Files.readAllBytes(png);
    assertThat(b[1]).isEqualTo((byte) 'P');
    assertThat(b[2]).isEqualTo((byte) 'N');
    Path svg = dir.resolve("approx.svg");
    assertThat(run("quantizer", "approx_sign", "--at", "-2:2:0.1", "--plot", svg.toString()).code()).isZero();
    assertThat(Files.readString(svg)).contains("<svg");
    assertThat(run("quantizer", "approx_sign", "--at", "0", "--plot", dir.resolve("a.gif").toString()).code())
        .isEqualTo(2);
  }

  @Test
  void badInputExitsTwoWithOneLine() {
    CliResult unknown = run("quantizer", "sgn", "--at", "0");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("unknown quantizer 'sgn'").contains("ste_sign");
    CliResult param = run("quantizer", "qrelu", "--param", "bitz=2", "--at", "0");
    assertThat(param.code()).isEqualTo(2);
    assertThat(param.err()).contains("unknown parameter 'bitz'");
    CliResult points = run("quantizer", "ste_sign", "--at", "1,x");
    assertThat(points.code()).isEqualTo(2);
    assertThat(points.err()).contains("--at 1,x");
    CliResult model = run("summary", "--model", "alexnet");
    assertThat(model.code()).isEqualTo(2);
    assertThat(model.err()).contains("unknown model 'alexnet'").contains("bnn-vgg-small");
  }

  @Test
  void summaryShowsCountsAndTheMeasuredExport() {
    CliResult r = run("summary", "--model", "lenet5", "--input-quantizer", "ste_sign", "--kernel-quantizer",
        "ste_sign", "--kernel-clip", "1");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Total parameters: 62,414, 1-bit 61,470, 32-bit 944")
        .contains("MACs per sample: 1-bit 298,920 32-bit 117,600")
        .contains("Exported model (measured): 12,673 bytes");
    CliResult warn = run("summary", "--model", "mlp", "--kernel-quantizer", "ste_sign", "--width", "8");
    assertThat(warn.out()).contains("warning: QuantDense").contains("without a kernel clip");
  }

  @Test
  void exportWritesALoadableFileAndKeepsTheOldOneOnFailure() throws Exception {
    Path file = dir.resolve("bnn.ste");
    CliResult r = run("export", "--model", "bnn-mlp", "--width", "64", "--out", file.toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("XNOR-popcount").contains("batch norm folded into sign").contains("verified");
    assertThat(ExportedModel.load(file, "bnn-mlp").inputShape()).containsExactly(784);
    byte[] before = Files.readAllBytes(file);
    CliResult bad = run("export", "--model", "bnn-mlp", "--width", "-3", "--out", file.toString());
    assertThat(bad.code()).isEqualTo(2);
    assertThat(Files.readAllBytes(file)).isEqualTo(before);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("bnn.ste");
    }
  }
}
