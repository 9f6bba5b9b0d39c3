package dev.ste4j.cli.command.train;

import dev.ste4j.cli.RunFolders;
import dev.ste4j.nn.FuzzTally;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.Ste;
import dev.ste4j.cli.TextFuzz;
import dev.ste4j.tensor.random.Rng;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The run.json of a finished {@code ste train} run, mutated ({@link TextFuzz}) and read back by {@code ste eval RUN}
 * (the same reader {@code --resume} uses): every case ends in an evaluation (exit 0, one result line) or in exit code 2
 * with one line {@code ste: …} and no exception text. Cases: {@code -Dste4j.fuzz.cases} / 5 (each valid case loads
 * data and evaluates a model, so this reader gets a fifth of the others' count).
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class RunJsonFuzzTest {

  @TempDir Path tmp;

  @Test
  void mutatedRunJsonEvaluatesOrFailsOnOneLine() throws Exception {
    Path data = TrainFixtures.digits(tmp.resolve("data"), 500, 3);
    CommandLine cl = Ste.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    assertThat(cl.execute(TrainFixtures.mlpOnDigits(data, tmp.resolve("runs"), "--epochs", "1", "--batch", "50",
        "--model-option", "width=8"))).as(err.toString()).isZero();
    Path run = RunFolders.only(tmp.resolve("runs"));
    Path runJson = run.resolve("run.json");
    String valid = Files.readString(runJson);

    FuzzTally outcomes = new FuzzTally("run-json", "exit 2, one line");
    Rng rng = new Rng(TextFuzz.SEED).split("run-json".hashCode());
    int cases = Math.max(1, TextFuzz.cases() / 5);
    for (int c = 0; c < cases; c++) {
      Files.write(runJson, TextFuzz.mutate(valid, rng));
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      outcomes.check(c, k -> {
        int code = cl.execute("eval", run.toString(), "--threads", "1");
        List<String> errLines = err.toString().lines().toList();
        if (code == 0 && out.toString().contains("accuracy")) {
          outcomes.loaded();
        } else if (code == 2 && errLines.size() == 1 && errLines.get(0).startsWith("ste: ")
            && !err.toString().contains("Exception")) {
          outcomes.rejected();
        } else {
          outcomes.other(k, "exit " + code + ": " + err + out);
        }
      });
    }
    System.out.println(outcomes.summary());
    assertThat(outcomes.others()).as(outcomes.summary()).isEmpty();
    assertThat(outcomes.loadedCount()).isPositive();
    assertThat(outcomes.rejectedCount()).isPositive();
  }
}
