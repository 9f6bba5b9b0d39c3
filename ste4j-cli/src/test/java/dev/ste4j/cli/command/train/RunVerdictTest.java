package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.train.EpochStats;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The threshold: a run fails when an epoch skipped more than half of its batches, or the test loss is not finite. */
class RunVerdictTest {

  private static EpochStats epoch(int e, int skipped) {
    return new EpochStats(e, 10L * e, 0.5, 0.8, 0.6, 0.7, 1, skipped, Double.NaN, Map.of(), Double.NaN, Map.of(), 1);
  }

  @Test
  void halfTheBatchesSkippedPassesMoreThanHalfFails() {
    assertThat(RunVerdict.failure(List.of(epoch(1, 0), epoch(2, 5)), 10, 0.6)).isEmpty();
    assertThat(RunVerdict.failure(List.of(epoch(1, 0), epoch(2, 6)), 10, 0.6))
        .contains("epoch 2 skipped 6 of its 10 batches for non-finite values (more than half)");
    assertThat(RunVerdict.failure(List.of(epoch(1, 1)), 1, 0.6)).isPresent();
  }

  @Test
  void aNonFiniteFinalTestLossFails() {
    assertThat(RunVerdict.failure(List.of(epoch(1, 0)), 10, Double.NaN)).contains("the final test loss is NaN");
    assertThat(RunVerdict.failure(List.of(epoch(1, 0)), 10, Double.POSITIVE_INFINITY))
        .contains("the final test loss is Infinity");
  }
}
