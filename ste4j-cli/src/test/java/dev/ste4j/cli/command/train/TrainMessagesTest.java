package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code ste train} says: counts in the right number, divergence advice in options, and a checkpoint of another
 * model named as such when resuming.
 */
class TrainMessagesTest extends InProcessCliTest {

  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void makeData() throws Exception {
    data = TrainFixtures.digits(tmp.resolve("data"), 550, 5);
  }

  @Test
  void oneEpochAndOneBatchAreSingular() {
    // 100 training samples in one batch of 100: one epoch of one batch, one step.
    assertThat(run(TrainFixtures.mlpOnDigits(data, tmp.resolve("one"), "--epochs", "1", "--batch", "100",
        "--model-option", "width=8"))).as(err.toString()).isZero();
    assertThat(err.toString()).contains(" 1 epoch of 1 batch, ").contains(", 1 thread; run folder")
        .doesNotContain("epochs").doesNotContain("(s)");
    assertThat(out.toString()).contains("after 1 epoch (1 step)");
  }

  @Test
  void divergenceAdvisesTheOptionsOfTheCommandLine() {
    int code = run(TrainFixtures.mlpOnDigits(data, tmp.resolve("diverge"), "--epochs", "1", "--batch", "50",
        "--model-option", "width=8", "--optimizer", "sgd", "--lr", "1e30"));
    assertThat(code).isEqualTo(TrainCommand.DIVERGED);
    String[] lines = err.toString().strip().split("\\R");
    assertThat(lines).hasSize(2); // the start line, then the error
    assertThat(lines[1]).startsWith("ste: training diverged at step").contains("a lower --lr")
        .contains("--resume").contains("--skip-nonfinite").doesNotContain("Training.").doesNotContain("Map.of");
  }

  @Test
  void aCheckpointOfAnotherModelIsReportedAsSuchNotAsASeedMismatch() throws Exception {
    Path a = tmp.resolve("a");
    Path b = tmp.resolve("b");
    assertThat(run(TrainFixtures.mlpOnDigits(data, a, "--epochs", "1", "--batch", "50", "--model-option", "width=8",
        "--seed", "1"))).as(err.toString()).isZero();
    assertThat(run(TrainFixtures.mlpOnDigits(data, b, "--epochs", "1", "--batch", "50", "--model-option", "width=16",
        "--seed", "2"))).as(err.toString()).isZero();
    Path runB = RunFolders.only(b);
    Files.copy(RunFolders.only(a).resolve(TrainCommand.CHECKPOINT), runB.resolve(TrainCommand.CHECKPOINT),
        StandardCopyOption.REPLACE_EXISTING);
    // Run b as if interrupted before its second epoch, so that the resume gets as far as the checkpoint.
    var json = new com.fasterxml.jackson.databind.ObjectMapper();
    var info = (com.fasterxml.jackson.databind.node.ObjectNode) json.readTree(runB.resolve("run.json").toFile());
    info.put("status", "running");
    ((com.fasterxml.jackson.databind.node.ObjectNode) info.get("config")).put("epochs", 2);
    json.writeValue(runB.resolve("run.json").toFile(), info);
    err.getBuffer().setLength(0);
    assertThat(run("train", "--resume", runB.toString(), "--quiet")).isEqualTo(2);
    String[] lines = err.toString().strip().split("\\R");
    assertThat(lines[lines.length - 1]).startsWith("ste: checkpoint is for model '").contains("width=8")
        .contains("width=16").doesNotContain("this run has seed");
  }
}
