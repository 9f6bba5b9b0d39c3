package dev.ste4j.tensor.random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RngTest {

  @Test
  void sameSeedSameStream() {
    Rng a = new Rng(123);
    Rng b = new Rng(123);
    for (int i = 0; i < 1000; i++) {
      assertThat(a.nextLong()).isEqualTo(b.nextLong());
    }
  }

  @Test
  void stateRestoresTheStreamExactly() {
    Rng a = new Rng(7);
    a.nextGaussian();
    a.nextInt(10);
    Rng b = Rng.restore(a.seed(), a.state());
    for (int i = 0; i < 100; i++) {
      assertThat(b.nextDouble()).isEqualTo(a.nextDouble());
    }
  }

  @Test
  void splitDependsOnSeedAndKeysOnlyNotOnConsumption() {
    Rng a = new Rng(5);
    long first = a.split(3, 4).nextLong();
    a.nextLong();
    assertThat(a.split(3, 4).nextLong()).isEqualTo(first);
    assertThat(a.split(4, 3).nextLong()).isNotEqualTo(first);
    assertThat(new Rng(6).split(3, 4).nextLong()).isNotEqualTo(first);
  }

  @Test
  void distributionsHaveTheRightMoments() {
    Rng r = new Rng(11);
    int n = 200_000;
    double sum = 0;
    double sumSq = 0;
    double usum = 0;
    int[] counts = new int[7];
    for (int i = 0; i < n; i++) {
      double g = r.nextGaussian();
      sum += g;
      sumSq += g * g;
      usum += r.nextDouble();
      counts[r.nextInt(7)]++;
    }
    // Standard errors: mean 1/√n ≈ 0.0022; variance √(2/n) ≈ 0.0032; uniform mean √(1/12n) ≈ 0.00065.
    assertThat(sum / n).isCloseTo(0, within(0.012));
    assertThat(sumSq / n).isCloseTo(1, within(0.016));
    assertThat(usum / n).isCloseTo(0.5, within(0.0033));
    for (int c : counts) {
      assertThat((double) c / n).isCloseTo(1.0 / 7, within(0.005));
    }
  }

  @Test
  void permutationIsAPermutation() {
    int[] p = new Rng(1).permutation(50);
    assertThat(p).containsExactlyInAnyOrder(java.util.stream.IntStream.range(0, 50).toArray());
  }
}
