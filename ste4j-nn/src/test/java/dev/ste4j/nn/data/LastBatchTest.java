package dev.ste4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** The last-batch policies: how many batches a pass makes, and which samples it leaves out. */
class LastBatchTest {

  @Test
  void onlyARemainderOfOneIsDroppedByDefault() {
    assertThat(LastBatch.DEFAULT).isEqualTo(LastBatch.DROP_SINGLE);
    // 201 / 100 leaves one sample; 1347 (digits' training split) / 2 too; 202 / 100 leaves two, kept.
    assertThat(LastBatch.DROP_SINGLE.batches(201, 100)).isEqualTo(2);
    assertThat(LastBatch.DROP_SINGLE.batches(1347, 2)).isEqualTo(673);
    assertThat(LastBatch.DROP_SINGLE.batches(202, 100)).isEqualTo(3);
    assertThat(LastBatch.KEEP.batches(201, 100)).isEqualTo(3);
    assertThat(LastBatch.DROP.batches(202, 100)).isEqualTo(2);
    // A multiple of the batch: every policy gives the same batches as before.
    for (LastBatch p : LastBatch.values()) {
      assertThat(p.batches(300, 100)).as(p.key()).isEqualTo(3);
      assertThat(p.batches(1, 1)).as(p.key()).isEqualTo(1);
    }
    assertThat(LastBatch.DROP_SINGLE.batches(1, 100)).isZero();
    assertThat(LastBatch.KEEP.batches(1, 100)).isEqualTo(1);
  }

  @Test
  void aShuffledPassLeavesOutTheLastSampleOfItsPermutationAndEvaluationOrderKeepsAll() {
    Dataset d = new Dataset("d", new float[201], new int[201], new int[] {1}, 1);
    MiniBatches pass = MiniBatches.shuffled(d, 100, new Rng(3), LastBatch.DEFAULT);
    assertThat(pass.count()).isEqualTo(2);
    assertThat(pass.batch(1).size()).isEqualTo(100);
    assertThatThrownBy(() -> pass.batch(2)).isInstanceOf(IndexOutOfBoundsException.class);
    MiniBatches inOrder = MiniBatches.inOrder(d, 100);
    assertThat(inOrder.count()).isEqualTo(3);
    assertThat(inOrder.batch(2).size()).isEqualTo(1);
  }

  @Test
  void namesRoundTripAndAnUnknownOneListsTheValidOnes() {
    for (LastBatch p : LastBatch.values()) {
      assertThat(LastBatch.of(p.key())).isEqualTo(p);
    }
    assertThatThrownBy(() -> LastBatch.of("merge")).hasMessageContaining("'merge'")
        .hasMessageContaining("keep, drop, drop_single");
  }
}
