package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Normalization;
import dev.ste4j.nn.data.TrainTest;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Checks the real datasets against their published facts — when they are in the data folder (fetched beforehand with
 * {@code ste data fetch}); otherwise each test is skipped. Never fetches.
 */
class RealDatasetsTest {

  /** The training pixels' mean and standard deviation on [0, 1] (raw 0–255), to 5e-5. */
  private static void assertUnitRangeStats(TrainTest d, double mean, double std) {
    ChannelStats st = ChannelStats.of(Normalization.toUnitRange(d.train(), 255));
    assertThat(st.mean()[0]).isCloseTo(mean, within(5e-5));
    assertThat(st.std()[0]).isCloseTo(std, within(5e-5));
  }

  private static TrainTest loadIfPresent(String name) throws Exception {
    DataStore store = DataStore.standard();
    DatasetSpec spec = Datasets.get(name);
    assumeTrue(store.locate(spec).isPresent(), name + " is not in " + store.root());
    return store.load(spec);
  }

  @Test
  void mnistHasItsPublishedCountsAndStatistics() throws Exception {
    TrainTest d = loadIfPresent("mnist");
    assertThat(d.train().size()).isEqualTo(60_000);
    assertThat(d.test().size()).isEqualTo(10_000);
    assertThat(d.train().sampleShape()).containsExactly(1, 28, 28);
    assertThat(Arrays.copyOf(d.train().labels(), 5)).containsExactly(5, 0, 4, 1, 9);
    assertThat(d.train().classCounts()).containsExactly(5923, 6742, 5958, 6131, 5842, 5421, 5918, 6265, 5851, 5949);
    assertThat(d.test().classCounts()).containsExactly(980, 1135, 1032, 1010, 982, 892, 958, 1028, 974, 1009);
    // The widely quoted normalisation constants of MNIST: mean 0.1307, std 0.3081 on [0, 1] pixels.
    assertUnitRangeStats(d, 0.1307, 0.3081);
  }

  @Test
  void fashionMnistIsBalanced() throws Exception {
    TrainTest d = loadIfPresent("fashion-mnist");
    assertThat(d.train().classCounts()).containsOnly(6000);
    assertThat(d.test().classCounts()).containsOnly(1000);
    assertThat(d.train().label(0)).isEqualTo(9); // the first training image is an ankle boot
    assertUnitRangeStats(d, 0.2860, 0.3530);
  }

  @Test
  void digitsHas1797Samples() throws Exception {
    TrainTest d = loadIfPresent("digits");
    assertThat(d.train().size() + d.test().size()).isEqualTo(1797);
    int[] counts = new int[10];
    for (Dataset part : new Dataset[] {d.train(), d.test()}) {
      int[] c = part.classCounts();
      for (int k = 0; k < 10; k++) {
        counts[k] += c[k];
      }
    }
    assertThat(counts).containsExactly(178, 182, 177, 183, 181, 182, 181, 179, 174, 180);
    assertThat(d.train().label(0)).isZero();
  }
}
