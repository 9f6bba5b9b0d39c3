package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.Progress;
import dev.ste4j.nn.train.NonFinite;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The progress line of {@code ste train} shows the batches done and the batch it names together: after batch b of
 * epoch e (of B batches each) the count is (e − 1)·B + b, on every line printed, skipped batches included.
 */
class RunListenerProgressTest {

  private static final Pattern LINE = Pattern.compile("train {2}(\\d+)/(\\d+) .*epoch (\\d+) batch (\\d+)[/ ].*");

  @Test
  void everyPrintedLineShowsTheCountOfTheBatchItNames() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    PrintStream shown = new PrintStream(bytes, true, StandardCharsets.UTF_8);
    long[] now = {0};
    // A log (not a terminal) prints at most every 10 s; the clock moves 11 s per reading, so every change prints.
    RunListener listener = new RunListener(null, new PrintWriter(new StringWriter()), 6,
        total -> new Progress("train", total, shown, false, false, () -> now[0] += 11_000_000_000L));
    int batches = 3;
    listener.started(2, batches, null);
    long step = 0;
    for (int epoch = 1; epoch <= 2; epoch++) {
      for (int b = 1; b <= batches; b++) {
        if (epoch == 2 && b == 2) {
          listener.skipped(new NonFinite(step + 1, epoch, b, "input", null, 1, Double.NaN, Double.NaN));
        } else {
          listener.step(epoch, b, batches, ++step, 0.5, 0.5);
        }
      }
    }
    listener.close();
    List<String> lines = new ArrayList<>(List.of(bytes.toString(StandardCharsets.UTF_8).strip().split("\\R")));
    assertThat(lines).hasSizeGreaterThanOrEqualTo(6);
    for (String line : lines) {
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      long count = Long.parseLong(m.group(1));
      int epoch = Integer.parseInt(m.group(3));
      int batch = Integer.parseInt(m.group(4));
      assertThat(count).as(line).isEqualTo((long) (epoch - 1) * batches + batch);
      assertThat(count).as(line).isLessThanOrEqualTo(Long.parseLong(m.group(2)));
    }
  }
}
