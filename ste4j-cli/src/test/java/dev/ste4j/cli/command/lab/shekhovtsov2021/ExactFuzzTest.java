package dev.ste4j.cli.command.lab.shekhovtsov2021;

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
 * {@code ste lab shekhovtsov2021 exact --input FILE} on seeded mutants of a valid JSON-lines file (two and three
 * layers, both noises): every case ends in one output line per input line with a finite expected loss, or in exit
 * code 2 with one line naming the file and the line. Cases: {@code -Dste4j.fuzz.cases} (see {@link TextFuzz}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class ExactFuzzTest {

  static final String VALID = String.join("\n",
      "{\"id\": \"a\", \"x\": [0.5, -1, 2], \"layers\": [{\"W\": [[1, 0, -1], [0.5, 0.5, 0.5]], \"b\": [0, 0.1]},"
          + " {\"W\": [[1, -1], [-1, 1], [0.3, 0.2]], \"b\": [0, 0, 0.5]}], \"noise\": \"logistic\", \"label\": 2}",
      "",
      "{\"id\": 3, \"x\": [1, 1], \"layers\": [{\"W\": [[2, -1], [1, 1], [0, 1]], \"b\": [0, 0, 0]}, {\"W\": [[1, 0, 1],"
          + " [0, 1, 1]], \"b\": [0.2, -0.2]}, {\"W\": [[1, -1], [0.5, 2]], \"b\": [0, 0]}], \"noise\": \"uniform\","
          + " \"scale\": 2, \"label\": 0}",
      "");

  @TempDir Path dir;

  @Test
  void everyMutantComputesOrFailsNamingTheLine() throws Exception {
    FuzzTally o = JsonLinesFuzz.run(dir, "shekhovtsov2021-exact", VALID,
        List.of("lab", "shekhovtsov2021", "exact"),
        out -> out.has("id") && out.get("expectedLoss").isNumber()
            && Double.isFinite(out.get("expectedLoss").asDouble()));
    assertThat(o.others()).as(o.summary()).isEmpty();
    assertThat(o.loadedCount()).isPositive();
    assertThat(o.rejectedCount()).isPositive();
    assertThat(o.maxAllocated()).isLessThan(64L << 20);
  }
}
