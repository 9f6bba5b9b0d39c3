package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ProgressTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
  private long now = 0;

  private String printed() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  @Test
  void logModePrintsOccasionalFullLinesWithRateAndEta() {
    Progress p = new Progress("train", 100, out, false, false, () -> now);
    now = 1_000_000_000L; // 1 s
    p.advance(10);
    assertThat(printed()).as("nothing before the 10 s interval").isEmpty();
    now = 10_000_000_000L; // 10 s, 20 steps → 2 steps/s, 80 left → 40 s
    p.advance(10);
    assertThat(printed()).isEqualTo("train  20/100 (20%)  2.00 steps/s  ETA 40s" + System.lineSeparator());
    p.message("loss=0.5");
    now = 50_000_000_000L;
    p.advance(80);
    p.finish();
    p.finish();
    String[] lines = printed().split(System.lineSeparator());
    // The final line was already printed by the last step, so finish() does not repeat it.
    assertThat(lines).hasSize(2);
    assertThat(lines[1]).isEqualTo("train  100/100 (100%)  2.00 steps/s  took 50s  loss=0.5");
  }

  @Test
  void terminalModeRewritesOneLine() {
    Progress p = new Progress("trials", 0, out, true, false, () -> now);
    now = 200_000_000L;
    p.advance(1000);
    now = 400_000_000L;
    p.message("m");
    p.close();
    String s = printed();
    assertThat(s).startsWith("\rtrials  1000  5000 steps/s  elapsed 0s");
    assertThat(s.chars().filter(c -> c == '\r').count()).isEqualTo(3);
    // The shorter final line is padded over the longer one before it, then ends the line.
    assertThat(s).endsWith("took 0s  m   " + System.lineSeparator());
  }

  @Test
  void quietPrintsNothingButCounts() {
    Progress p = new Progress("x", 10, out, true, true, () -> now);
    now = 60_000_000_000L;
    p.advance(5);
    p.finish();
    assertThat(printed()).isEmpty();
    assertThat(p.done()).isEqualTo(5);
  }

  @Test
  void durations() {
    assertThat(Progress.duration(42)).isEqualTo("42s");
    assertThat(Progress.duration(187)).isEqualTo("3m07s");
    assertThat(Progress.duration(7500)).isEqualTo("2h05m");
  }
}
