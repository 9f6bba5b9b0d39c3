package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ste train} of a batch-norm model (bnn-mlp) on training sets that leave a last batch of one sample: the
 * default {@code --last-batch drop_single} leaves that sample out of the epoch instead of failing after it.
 */
class LastBatchCommandTest extends InProcessCliTest {

  @TempDir Path tmp;

  private int train(Path data, Path outDir, String batch, String epochs, String... more) {
    List<String> args = new java.util.ArrayList<>(List.of("train", "--model", "bnn-mlp", "--data", "digits",
        "--data-dir", data.toString(), "--model-option", "input_shape=64", "--model-option", "width=16",
        "--epochs", epochs, "--batch", batch, "--seed", "2", "--threads", "1", "--out", outDir.toString(),
        "--quiet"));
    args.addAll(List.of(more));
    return run(args.toArray(String[]::new));
  }

  @Test
  void twoHundredAndOneSamplesInBatchesOfAHundredTrainEveryEpoch() throws Exception {
    Path data = TrainFixtures.digits(tmp.resolve("data"), 201 + 450, 8);
    Path outDir = tmp.resolve("runs");
    assertThat(train(data, outDir, "100", "2")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("after 2 epochs (4 steps)");
    assertThat(err.toString()).contains("2 epochs of 2 batches");
    Path runDir = RunFolders.only(outDir);
    Map<?, ?> info = new ObjectMapper().readValue(runDir.resolve("run.json").toFile(), Map.class);
    assertThat(info.get("status")).isEqualTo("succeeded");
    assertThat(((Map<?, ?>) info.get("config")).get("last_batch")).isEqualTo("drop_single");
    assertThat(Files.readAllLines(runDir.resolve("metrics.csv"))).hasSize(3);

    // Keeping the one-sample batch is what failed before: after the epoch's first two batches.
    Path kept = tmp.resolve("kept");
    assertThat(train(data, kept, "100", "1", "--last-batch", "keep")).isNotZero();
    assertThat(err.toString()).contains("more than one value per channel");
    err.getBuffer().setLength(0);
    assertThat(train(data, tmp.resolve("bad"), "100", "1", "--last-batch", "merge")).isEqualTo(2);
    assertThat(err.toString().lines()).hasSize(1).first().asString()
        .contains("last_batch: unknown last-batch policy 'merge'; valid: keep, drop, drop_single");
  }

  @Test
  void digitsSizedDataInBatchesOfTwoLeavesOneSampleOutAndTrains() throws Exception {
    // 1797 rows as in scikit-learn's digits: 1347 training samples, 673 batches of 2 and one sample left over.
    Path data = TrainFixtures.digits(tmp.resolve("digits"), 1797, 4);
    Path outDir = tmp.resolve("digits-runs");
    assertThat(train(data, outDir, "2", "1")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("after 1 epoch (673 steps)");
    assertThat(err.toString()).contains("(1347 train / 450 test)");
    out.getBuffer().setLength(0);
    assertThat(train(data, tmp.resolve("drop"), "4", "1", "--last-batch", "drop")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("(336 steps)");
  }
}
