package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ste train} and {@code ste eval} in-process on small digits-format data made here. */
class TrainCommandTest extends InProcessCliTest {

  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void makeData() throws Exception {
    data = TrainFixtures.digits(tmp.resolve("data"), 950, 3);
  }

  /**
   * Trains from {@code NAME.yaml}, the given lines plus this class's digits data, with {@code options} added on the
   * command line; returns the run folder under {@code NAME/}.
   */
  private Path trainFromYaml(String name, List<String> yaml, String... options) throws Exception {
    Path cfg = tmp.resolve(name + ".yaml");
    Files.writeString(cfg, String.join("\n", yaml) + "\ndata: digits\ndata_dir: " + data + "\n");
    Path outDir = tmp.resolve(name);
    List<String> args = new ArrayList<>(List.of("train", "--config", cfg.toString()));
    args.addAll(List.of(options));
    args.addAll(List.of("--out", outDir.toString(), "--quiet"));
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
    return RunFolders.only(outDir);
  }

  @Test
  void trainsWritesTheRunFolderAndEvalReadsItsCheckpoint() throws Exception {
    Path outDir = tmp.resolve("ok");
    int code = run(TrainFixtures.mlpOnDigits(data, outDir, "--epochs", "3", "--batch", "25", "--seed", "4",
        "--model-option", "width=32", "--lr", "0.01"));
    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString()).contains("test accuracy").contains("report:");
    Path runDir = RunFolders.only(outDir);
    for (String f : List.of("run.json", "metrics.csv", "metrics.json", "report.html", "loss.png", "accuracy.png",
        TrainCommand.CHECKPOINT)) {
      assertThat(runDir.resolve(f)).exists();
    }
    List<String> csv = Files.readAllLines(runDir.resolve("metrics.csv"));
    assertThat(csv).hasSize(4);
    assertThat(csv.get(0)).startsWith("epoch,step,train_loss,train_accuracy,test_loss,test_accuracy");
    Map<?, ?> info = new ObjectMapper().readValue(runDir.resolve("run.json").toFile(), Map.class);
    assertThat(info.get("status")).isEqualTo("succeeded");
    String accuracy = out.toString().replaceAll("(?s).*test accuracy ([0-9.]+)%.*", "$1");
    assertThat(Double.parseDouble(accuracy)).isGreaterThan(80);

    out.getBuffer().setLength(0);
    assertThat(run("eval", runDir.toString(), "--threads", "2")).as(err.toString()).isZero();
    assertThat(out.toString()).contains("digits test (450 samples)").contains("accuracy " + accuracy + "%");
  }

  @Test
  void aYamlConfigDrivesTheRunAndOptionsOverrideIt() throws Exception {
    Path runDir = trainFromYaml("yaml", List.of(
        "model: mlp",
        "model_options: {input_shape: 1x8x8, width: 16}",
        "epochs: 5",
        "batch: 50",
        "optimizer: {name: sgd, lr: 0.1, momentum: 0.9, nesterov: true}",
        "schedule: {name: cosine, warmup_epochs: 0.5}"),
        "--epochs", "1");
    assertThat(Files.readAllLines(runDir.resolve("metrics.csv"))).hasSize(2);
    Checkpoint c = CheckpointFormat.read(runDir.resolve(TrainCommand.CHECKPOINT));
    assertThat(c.optimizer().slots().keySet()).allMatch(k -> k.endsWith("/velocity"));
    assertThat(c.epoch()).isEqualTo(1);
  }

  @Test
  void aBinaryNetworkWithBopForBinaryKernelsAndAdamForTheRestReportsItsBinaryStatistics() throws Exception {
    Path runDir = trainFromYaml("bop", List.of(
        "model: bnn-mlp",
        "model_options: {input_shape: 64, width: 64}",
        "epochs: 2",
        "batch: 50",
        "optimizer:",
        "  groups:",
        "    - {match: {precision: 1}, name: bop, threshold: 1.0e-6, gamma: 1.0e-3}",
        "    - {match: {precision: '>1'}, name: adam, lr: 0.01}"));
    assertThat(runDir.resolve("binary.png")).exists();
    List<String> csv = Files.readAllLines(runDir.resolve("metrics.csv"));
    List<String> header = List.of(csv.get(0).split(","));
    assertThat(header).contains("flip_ratio", "latent_saturation", "saturated_preact", "gradient_mismatch");
    double flips = Double.parseDouble(csv.get(2).split(",")[header.indexOf("flip_ratio")]);
    assertThat(flips).isBetween(0.0, 1.0);
    // Bop keeps binary kernels at exactly ±1: none is outside the pass band |w| <= 1
    assertThat(Double.parseDouble(csv.get(2).split(",")[header.indexOf("latent_saturation")])).isZero();
    Checkpoint c = CheckpointFormat.read(runDir.resolve(TrainCommand.CHECKPOINT));
    assertThat(c.optimizer().counters()).containsKeys("group0.bop/steps", "group1.adam/steps");
  }

  @Test
  void badNamesKeysAndOptionsExitWith2AndNameTheProblem() throws Exception {
    String d = data.toString();
    assertThat(run("train", "--model", "alexnet", "--data", "digits", "--data-dir", d)).isEqualTo(2);
    assertThat(err.toString()).contains("'alexnet'").contains("lenet5");
    assertThat(run("train", "--model", "mlp", "--data", "digits", "--data-dir", d, "--optimizer", "adagrad"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'adagrad'").contains("sgd, adam, adamw, bop, mirror_descent");
    assertThat(run("train", "--model", "mlp", "--data", "digits", "--data-dir", d, "--schedule", "linear"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("'linear'").contains("constant, multistep, cosine");
    Path cfg = tmp.resolve("bad.yaml");
    Files.writeString(cfg, "model: mlp\ndata: digits\nepoch: 3\n");
    assertThat(run("train", "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'epoch'").contains("epochs");
    Files.writeString(cfg, "model: mlp\ndata: digits\noptimizer: {name: adam, momentum: 0.9}\n");
    assertThat(run("train", "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("'momentum'");
    Files.writeString(cfg, "model: [mlp\n");
    assertThat(run("train", "--config", cfg.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("not valid YAML");
    assertThat(run("train", "--model", "mlp", "--data", "digits", "--data-dir", tmp.resolve("empty").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("ste data fetch digits");
    assertThat(run("train", "--resume", tmp.resolve("nowhere").toString())).isEqualTo(2);
    assertThat(err.toString()).contains("no run.json");
    // Every option of the training configuration is refused beside --resume, whose run.json holds the configuration.
    String[][] configuring = {{"--model", "mlp"}, {"--data", "digits"}, {"--data-dir", d}, {"--config", "c.yaml"},
        {"--epochs", "3"}, {"--batch", "5"}, {"--lr", "0.1"}, {"--optimizer", "sgd"}, {"--schedule", "cosine"},
        {"--seed", "1"}, {"--model-option", "width=3"}, {"--checkpoint-every", "2"}, {"--last-batch", "keep"},
        {"--out", d}};
    for (String[] option : configuring) {
      err.getBuffer().setLength(0);
      assertThat(run("train", "--resume", tmp.toString(), option[0], option[1])).as(option[0]).isEqualTo(2);
      assertThat(err.toString()).as(option[0]).contains("only --threads");
    }
    assertThat(run("train", "--model", "mlp", "--data", "digits", "--data-dir", d, "--epochs", "0")).isEqualTo(2);
    assertThat(err.toString()).contains("epochs");
  }

  @Test
  void divergenceExitsWith3NamingStepAndLayerAndKeepsTheLastGoodCheckpoint() throws Exception {
    Path outDir = tmp.resolve("diverge");
    int code = run(TrainFixtures.mlpOnDigits(data, outDir, "--epochs", "2", "--batch", "50", "--model-option",
        "width=16", "--optimizer", "sgd", "--lr", "1e30", "--checkpoint-every", "1"));
    assertThat(code).isEqualTo(TrainCommand.DIVERGED);
    assertThat(err.toString()).contains("training diverged at step").contains("layer ");
    Path runDir = RunFolders.only(outDir);
    Map<?, ?> info = new ObjectMapper().readValue(runDir.resolve("run.json").toFile(), Map.class);
    assertThat(info.get("status")).isEqualTo("failed");
    assertThat(String.valueOf(info.get("error"))).contains("diverged");
    Checkpoint last = CheckpointFormat.read(runDir.resolve(TrainCommand.CHECKPOINT));
    last.parameters().values().forEach(e -> {
      for (float v : e.values()) {
        assertThat(Float.isFinite(v)).isTrue();
      }
    });
    // Resuming the diverged run with --skip-nonfinite skips the bad batches and runs to the end; since the huge
    // weights make every later batch overflow, it skips 9 of the epoch's 10 batches, so the run is marked failed.
    assertThat(run("train", "--resume", runDir.toString(), "--skip-nonfinite", "--quiet")).as(err.toString())
        .isEqualTo(TrainCommand.DIVERGED);
    assertThat(err.toString()).contains("skipped step").contains("ste: run failed: epoch 1 skipped 9 of its 10 batches");
    Map<?, ?> after = new ObjectMapper().readValue(runDir.resolve("run.json").toFile(), Map.class);
    assertThat(after.get("status")).isEqualTo("failed");
    Map<?, ?> resume = (Map<?, ?>) ((List<?>) after.get("resumes")).get(0);
    assertThat(resume.get("previous_status")).isEqualTo("failed");
    assertThat(resume.get("skip_nonfinite")).isEqualTo(true);
    List<String> csv = Files.readAllLines(runDir.resolve("metrics.csv"));
    int col = List.of(csv.get(0).split(",")).indexOf("skipped_batches");
    assertThat(Integer.parseInt(csv.get(1).split(",")[col])).isPositive();
  }
}
