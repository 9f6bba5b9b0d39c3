package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.nn.FuzzTally;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.JsonLinesFuzz;
import dev.ste4j.cli.TextFuzz;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ste lab yin2019 eval --input FILE} on seeded mutants of a valid JSON-lines file (points with and without
 * samples): every case ends in one output line per input line with finite losses, or in exit code 2 with one line
 * naming the file and the line. Cases: {@code -Dste4j.fuzz.cases} (see {@link TextFuzz}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class Yin2019EvalFuzzTest {

  static final String VALID = String.join("\n",
      "{\"id\": \"a\", \"m\": 2, \"n\": 3, \"v\": [1, -0.5], \"w\": [0.3, 0.2, -1], \"vStar\": [0.7, 1.2],"
          + " \"wStar\": [0, 1, 0], \"samples\": [[[1, 2, 3], [0.1, -0.2, 0.3]], [[0, 1, 0], [2, 0.5, -1]]]}",
      "",
      "{\"id\": 7, \"m\": 1, \"n\": 2, \"v\": [0.5], \"w\": [0, 0], \"vStar\": [1], \"wStar\": [0.6, 0.8]}",
      "{\"id\": [1, 2], \"m\": 3, \"n\": 1, \"v\": [1, 2, 3], \"w\": [-2], \"vStar\": [1, 1, 1], \"wStar\": [1]}",
      "");

  @TempDir Path dir;

  @Test
  void everyMutantEvaluatesOrFailsNamingTheLine() throws Exception {
    FuzzTally o = JsonLinesFuzz.run(dir, "yin2019-eval", VALID, List.of("lab", "yin2019", "eval"),
        out -> out.has("id") && out.get("loss").isNumber() && Double.isFinite(out.get("loss").asDouble()));
    assertThat(o.others()).as(o.summary()).isEmpty();
    assertThat(o.loadedCount()).isPositive();
    assertThat(o.rejectedCount()).isPositive();
    assertThat(o.maxAllocated()).isLessThan(64L << 20);
  }
}
