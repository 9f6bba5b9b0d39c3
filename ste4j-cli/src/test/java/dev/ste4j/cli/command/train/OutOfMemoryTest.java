package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.RunFolders;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Running out of memory, for real, in a child JVM with a 128 MiB heap: one line on stderr naming what was too big and
 * {@code STE_JAVA_OPTS=-Xmx…}, exit code 1, no stack trace; a run folder already made says {@code failed}. The sizes
 * are chosen so that one array alone exceeds the heap, which fails the same way on every collector.
 */
class OutOfMemoryTest {

  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void makeData() throws Exception {
    // 20,000 training samples, so that a batch of all of them through a 2048-wide layer needs 164 MB at once.
    data = TrainFixtures.digits(tmp.resolve("data"), 20_450, 7);
  }

  private record Outcome(int code, List<String> lines) {}

  private static Outcome ste(String... args) throws Exception {
    List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx128m", "--add-modules", "jdk.incubator.vector", "-cp", System.getProperty("java.class.path"),
        "dev.ste4j.cli.Ste"));
    cmd.addAll(List.of(args));
    Path log = Files.createTempFile(tmp, "ste", ".log");
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
    pb.environment().remove("STE4J_DEBUG");
    Process p = pb.start();
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("finished").isTrue();
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8).stream()
        .filter(l -> !l.startsWith("WARNING: Using incubator modules")).toList();
    return new Outcome(p.exitValue(), lines);
  }

  private static void assertOneOutOfMemoryLine(Outcome o, String doing) {
    List<String> errors = o.lines().stream().filter(l -> l.startsWith("ste: ")).toList();
    assertThat(errors).as(String.join("\n", o.lines())).hasSize(1);
    assertThat(errors.get(0)).startsWith("ste: out of memory while " + doing)
        .contains("(the Java heap is limited to 128 MiB)").contains("STE_JAVA_OPTS=-Xmx2g");
    assertThat(o.lines()).as("no stack trace").noneMatch(l -> l.startsWith("\tat ") || l.contains("Exception")
        || l.contains("OutOfMemoryError"));
    assertThat(o.code()).isEqualTo(1);
  }

  @Test
  void trainingTooBigABatchSaysSoAndMarksTheRunFailed() throws Exception {
    Path out = tmp.resolve("runs");
    Outcome o = ste(TrainFixtures.mlpOnDigits(data, out, "--epochs", "1", "--batch", "20000", "--model-option",
        "width=2048"));
    assertOneOutOfMemoryLine(o, "training mlp {input_shape=1x8x8, width=2048} on digits with batches of 20000");
    Path run = RunFolders.only(out);
    Map<?, ?> info = new ObjectMapper().readValue(run.resolve("run.json").toFile(), Map.class);
    assertThat(info.get("status")).isEqualTo("failed");
    assertThat(String.valueOf(info.get("error"))).startsWith("out of memory while training mlp");
    assertThat(run.resolve("report.html")).exists();
  }

  @Test
  void anyOtherCommandNamesItsCommandLine() throws Exception {
    // A 20000-wide MLP has a 20000 × 20000 layer: 1.6 GB of weights.
    Outcome o = ste("summary", "--model", "mlp", "--width", "20000", "--input-shape", "1x8x8");
    assertOneOutOfMemoryLine(o, "running 'ste summary --model mlp --width 20000 --input-shape 1x8x8'");
  }
}
