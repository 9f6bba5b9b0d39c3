package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety with real processes: {@code ste train} runs in a child JVM that is killed with SIGKILL
 * ({@link Process#destroyForcibly()}) once its checkpoint has passed a chosen step, then continued with
 * {@code ste train --resume}; after three kills the run must end with weights, buffers, optimizer state and
 * per-epoch metrics bitwise equal to those of an uninterrupted run, and its run.json must record the interruptions.
 */
class KillAndResumeTest {

  static final int EPOCHS = 3;
  static final int BATCH = 10;
  /** 1000 training samples in batches of 10: 100 steps per epoch, 300 in all. */
  static final int ROWS = 1450;
  static final long[] KILL_AFTER_STEP = {40, 130, 215};

  @TempDir Path tmp;

  static List<String> java(String... args) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    cmd.add("--add-modules");
    cmd.add("jdk.incubator.vector");
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add("dev.ste4j.cli.Ste");
    cmd.addAll(List.of(args));
    return cmd;
  }

  static Process start(Path log, String... args) throws Exception {
    return new ProcessBuilder(java(args)).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private String[] trainArgs(Path data, Path out) {
    return TrainFixtures.mlpOnDigits(data, out, "--epochs", Integer.toString(EPOCHS), "--batch",
        Integer.toString(BATCH), "--seed", "9", "--model-option", "width=256", "--checkpoint-every", "5");
  }

  /** Waits until the run folder holds a checkpoint at or after {@code step}, then kills the process. */
  private static long killAfter(Process p, Path out, long step, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (System.nanoTime() < deadline) {
      assertThat(p.isAlive()).as("the run ended before step " + step + ": " + Files.readString(log)).isTrue();
      Path ckpt = null;
      if (Files.isDirectory(out)) {
        try (Stream<Path> s = Files.list(out)) {
          ckpt = s.filter(Files::isDirectory).map(d -> d.resolve(TrainCommand.CHECKPOINT)).filter(Files::exists)
              .findFirst().orElse(null);
        }
      }
      if (ckpt != null && CheckpointFormat.read(ckpt).step() >= step) {
        p.destroyForcibly();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return CheckpointFormat.read(ckpt).step();
      }
      Thread.sleep(5);
    }
    p.destroyForcibly();
    throw new AssertionError("no checkpoint at step " + step + " within two minutes: " + Files.readString(log));
  }

  @Test
  void aRunKilledThreeTimesAndResumedEndsBitwiseEqualToAnUninterruptedRun() throws Exception {
    Path data = TrainFixtures.digits(tmp.resolve("data"), ROWS, 5);
    Path whole = tmp.resolve("whole");
    Path wholeLog = tmp.resolve("whole.log");
    Process p = start(wholeLog, trainArgs(data, whole));
    assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(wholeLog)).isZero();

    Path broken = tmp.resolve("broken");
    Path log = tmp.resolve("broken.log");
    List<Long> stoppedAt = new ArrayList<>();
    p = start(log, trainArgs(data, broken));
    stoppedAt.add(killAfter(p, broken, KILL_AFTER_STEP[0], log));
    Path runDir = RunFolders.only(broken);
    for (int k = 1; k <= KILL_AFTER_STEP.length; k++) {
      p = start(log, "train", "--resume", runDir.toString(), "--threads", k % 2 == 0 ? "1" : "2", "--quiet");
      if (k < KILL_AFTER_STEP.length) {
        stoppedAt.add(killAfter(p, broken, KILL_AFTER_STEP[k], log));
      } else {
        assertThat(p.waitFor(300, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(Files.readString(log)).isZero();
      }
    }
    assertThat(stoppedAt).hasSize(3);
    assertThat(stoppedAt.get(0)).isLessThan(EPOCHS * 100L);

    Checkpoint expected = CheckpointFormat.read(RunFolders.only(whole).resolve(TrainCommand.CHECKPOINT));
    Checkpoint got = CheckpointFormat.read(runDir.resolve(TrainCommand.CHECKPOINT));
    assertThat(got.step()).isEqualTo(expected.step()).isEqualTo(EPOCHS * 100L);
    assertThat(got.parameters().keySet()).containsExactlyElementsOf(expected.parameters().keySet());
    expected.parameters().forEach((name, e) ->
        assertThat(got.parameters().get(name).values()).as(name).containsExactly(e.values()));
    expected.buffers().forEach((name, b) -> assertThat(got.buffers().get(name)).as(name).containsExactly(b));
    assertThat(got.optimizer().sameAs(expected.optimizer())).isTrue();
    assertThat(withoutSeconds(runDir.resolve("metrics.csv")))
        .isEqualTo(withoutSeconds(RunFolders.only(whole).resolve("metrics.csv")));

    Map<?, ?> info = new ObjectMapper().readValue(runDir.resolve("run.json").toFile(), Map.class);
    assertThat(info.get("status")).isEqualTo("succeeded");
    List<?> resumes = (List<?>) info.get("resumes");
    assertThat(resumes).hasSize(3);
    for (int k = 0; k < resumes.size(); k++) {
      Map<?, ?> r = (Map<?, ?>) resumes.get(k);
      // Each interruption: the run was killed while running, after the checkpoint of the step it resumed from.
      assertThat(r.get("previous_status")).isEqualTo("running");
      assertThat(((Number) r.get("from_step")).longValue()).isEqualTo(stoppedAt.get(k));
      java.time.Instant written = java.time.Instant.parse((String) r.get("checkpoint_written"));
      assertThat(java.time.OffsetDateTime.parse((String) r.get("at")).toInstant()).isAfterOrEqualTo(written.minusSeconds(1));
    }
    assertThat(Files.readString(runDir.resolve("report.html"))).contains("Resumed");
    System.out.println("kill-and-resume: SIGKILL after checkpoints at steps " + stoppedAt + " of " + EPOCHS * 100
        + ", resumed " + resumes.size() + " times; weights, buffers, optimizer state and metrics bitwise equal to"
        + " the uninterrupted run; run.json lists " + resumes.size() + " interruptions");
  }

  /** The metrics table without its wall-time column, the one figure that differs between identical runs. */
  static List<String> withoutSeconds(Path csv) throws Exception {
    List<String> lines = Files.readAllLines(csv);
    int col = List.of(lines.get(0).split(",")).indexOf("seconds");
    List<String> out = new ArrayList<>();
    for (String line : lines) {
      List<String> cells = new ArrayList<>(List.of(line.split(",", -1)));
      cells.remove(col);
      out.add(String.join(",", cells));
    }
    return out;
  }
}
