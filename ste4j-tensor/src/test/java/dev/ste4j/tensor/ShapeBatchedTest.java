package dev.ste4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ShapeBatchedTest {

  @Test
  void putsTheBatchSizeBeforeTheSampleAxesAndLeavesTheSampleAlone() {
    int[] sample = {3, 32, 32};
    assertThat(Shape.batched(8, sample)).containsExactly(8, 3, 32, 32);
    assertThat(sample).containsExactly(3, 32, 32);
    assertThat(Shape.batched(5, new int[0])).containsExactly(5);
  }
}
