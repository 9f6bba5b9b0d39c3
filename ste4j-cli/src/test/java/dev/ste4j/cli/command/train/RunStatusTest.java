package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs say the truth: a run that skipped most of an epoch's batches fails; a finished run cannot be resumed; two
 * processes cannot train in one run folder; every refusal leaves the folder's files byte for byte as they were.
 */
class RunStatusTest extends InProcessCliTest {

  @TempDir static Path tmp;
  static Path data;

  @BeforeAll
  static void makeData() throws Exception {
    data = TrainFixtures.digits(tmp.resolve("data"), 950, 3); // 500 training samples
  }

  private int train(Path outDir, String... more) {
    List<String> args = new ArrayList<>(List.of("--model-option", "width=16", "--batch", "50"));
    args.addAll(List.of(more));
    return run(TrainFixtures.mlpOnDigits(data, outDir, args.toArray(String[]::new)));
  }

  /** Every file of a folder, by relative path, with its bytes. */
  static Map<String, List<Byte>> snapshot(Path dir) throws Exception {
    Map<String, List<Byte>> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        List<Byte> bytes = new ArrayList<>();
        for (byte b : Files.readAllBytes(p)) {
          bytes.add(b);
        }
        files.put(dir.relativize(p).toString(), bytes);
      }
    }
    return files;
  }

  private static Map<?, ?> runJson(Path runDir) throws Exception {
    return new ObjectMapper().readValue(runDir.resolve("run.json").toFile(), Map.class);
  }

  @Test
  void aSkipNonFiniteRunThatSkippedMostBatchesFailsAndCannotBeResumed() throws Exception {
    Path outDir = tmp.resolve("skipped");
    // SGD at 10^30: the first step makes the weights huge, every later batch overflows and is skipped.
    int code = train(outDir, "--epochs", "2", "--optimizer", "sgd", "--lr", "1e30", "--skip-nonfinite");
    assertThat(code).isEqualTo(TrainCommand.DIVERGED);
    Path runDir = RunFolders.only(outDir);
    assertThat(err.toString().lines().filter(l -> l.startsWith("ste: ")).toList()).containsExactly(
        "ste: run failed: epoch 1 skipped 9 of its 10 batches for non-finite values (more than half); run folder "
            + runDir);
    assertThat(out.toString()).doesNotContain("test accuracy");
    Map<?, ?> info = runJson(runDir);
    assertThat(info.get("status")).isEqualTo("failed");
    assertThat(String.valueOf(info.get("error"))).contains("skipped 9 of its 10 batches");
    assertThat(Files.readAllLines(runDir.resolve("metrics.csv"))).hasSize(3);

    // All its epochs are done: resuming cannot help, and changes nothing.
    assertRefusedLeavingTheFolder(runDir, snapshot(runDir), "ste: --resume " + runDir + ": the run has done all its 2"
        + " epochs; nothing to resume", "--quiet");
  }

  /** {@code ste train --resume runDir extra…} exits with 2, says only {@code message}, and changes no byte there. */
  private void assertRefusedLeavingTheFolder(Path runDir, Map<String, List<Byte>> before, String message,
                                             String... extra) throws Exception {
    err.getBuffer().setLength(0);
    List<String> args = new ArrayList<>(List.of("train", "--resume", runDir.toString()));
    args.addAll(List.of(extra));
    assertThat(run(args.toArray(String[]::new))).isEqualTo(2);
    assertThat(err.toString().lines()).containsExactly(message);
    assertThat(snapshot(runDir)).isEqualTo(before);
  }

  @Test
  void aFinishedRunIsNotResumedAndItsFolderIsLeftByteForByte() throws Exception {
    Path outDir = tmp.resolve("finished");
    assertThat(train(outDir, "--epochs", "1")).as(err.toString()).isZero();
    Path runDir = RunFolders.only(outDir);
    assertThat(runJson(runDir).get("status")).isEqualTo("succeeded");
    Map<String, List<Byte>> before = snapshot(runDir);
    assertThat(before).containsKeys("run.json", "metrics.csv", TrainCommand.CHECKPOINT, RunLock.FILE);
    for (String[] extra : new String[][] {{}, {"--threads", "2"}, {"--skip-nonfinite"}}) {
      assertRefusedLeavingTheFolder(runDir, before, "ste: --resume " + runDir + ": the run has finished"
          + " (status succeeded); nothing to resume", extra);
    }
  }

  @Test
  void aSecondProcessCannotTrainInARunFolderInUseAndAKilledOwnersLockDoesNotLinger() throws Exception {
    Path outDir = tmp.resolve("busy");
    Path log = tmp.resolve("busy.log");
    // A child ste train long enough to be still at work when the in-process resume below tries the folder.
    Process child = KillAndResumeTest.start(log, TrainFixtures.mlpOnDigits(data, outDir, "--epochs", "1000", "--batch",
        "10", "--checkpoint-every", "1"));
    try {
      Path ckpt = null;
      while (ckpt == null) {
        assertThat(child.isAlive()).as(() -> readQuietly(log)).isTrue();
        if (Files.isDirectory(outDir)) {
          try (Stream<Path> s = Files.list(outDir)) {
            ckpt = s.map(d -> d.resolve(TrainCommand.CHECKPOINT)).filter(Files::exists).findFirst().orElse(null);
          }
        }
        Thread.sleep(10);
      }
      Path runDir = ckpt.getParent();
      assertThat(run("train", "--resume", runDir.toString(), "--quiet")).isEqualTo(2);
      assertThat(err.toString().lines()).containsExactly("ste: run folder " + runDir + " is in use by another ste"
          + " process");
      assertThat(child.isAlive()).isTrue();
      assertThat(runJson(runDir).get("resumes")).isNull();

      // SIGKILL: the OS drops the child's lock with it, so the folder is free at once.
      child.destroyForcibly();
      assertThat(child.waitFor(60, TimeUnit.SECONDS)).isTrue();
      assertThat(CheckpointFormat.read(ckpt).step()).isPositive();
      try (RunLock lock = RunLock.acquire(runDir)) {
        assertThat(runDir.resolve(RunLock.FILE)).exists();
      }
    } finally {
      child.destroyForcibly();
    }
  }

  private static String readQuietly(Path log) {
    try {
      return Files.readString(log);
    } catch (java.io.IOException e) {
      return e.toString();
    }
  }
}
