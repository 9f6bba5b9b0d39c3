package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RunQuantilesTest {

  @Test
  void quartilesInterpolateBetweenOrderStatistics() {
    double[] sorted = {1, 2, 3, 4};
    assertThat(RunQuantiles.quantile(sorted, 0.25)).isCloseTo(1.75, within(1e-12));
    assertThat(RunQuantiles.quantile(sorted, 0.5)).isCloseTo(2.5, within(1e-12));
    assertThat(RunQuantiles.quantile(sorted, 0.75)).isCloseTo(3.25, within(1e-12));
    assertThat(RunQuantiles.quantile(new double[] {7}, 0.25)).isEqualTo(7);
    assertThat(RunQuantiles.quantile(sorted, 1)).isEqualTo(4);
  }
}
