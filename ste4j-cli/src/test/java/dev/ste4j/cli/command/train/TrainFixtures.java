package dev.ste4j.cli.command.train;

import dev.ste4j.nn.SyntheticDigits;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small data made by the tests themselves: a digits-format file of noisy class prototypes. */
final class TrainFixtures {

  private TrainFixtures() {}

  /**
   * Writes {@code dir/digits.csv.gz} (plain text; the reader detects compression by magic bytes) with {@code rows}
   * samples: ten 8×8 prototypes with values 0–16 plus noise, labels in seeded random order. The last 450 rows are the
   * test split.
   */
  static Path digits(Path dir, int rows, long seed) throws IOException {
    return SyntheticDigits.write(dir, rows, seed);
  }

  /**
   * The command line of the train tests' small run: {@code ste train} of an mlp on the digits in {@code data} (input
   * shape 1x8x8), one kernel thread, the run folder under {@code out}, no progress line; then {@code more}.
   */
  static String[] mlpOnDigits(Path data, Path out, String... more) {
    List<String> args = new ArrayList<>(List.of("train", "--model", "mlp", "--data", "digits", "--data-dir",
        data.toString(), "--model-option", "input_shape=1x8x8", "--threads", "1", "--out", out.toString(), "--quiet"));
    args.addAll(List.of(more));
    return args.toArray(String[]::new);
  }
}
