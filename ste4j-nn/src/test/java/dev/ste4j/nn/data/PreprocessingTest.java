package dev.ste4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PreprocessingTest {

  /** n samples of shape [2, 2, 2]: channel 0 holds the sample index, channel 1 holds 10 + 2·value position. */
  private static Dataset images(int n) {
    float[] f = new float[n * 8];
    int[] l = new int[n];
    for (int s = 0; s < n; s++) {
      for (int i = 0; i < 4; i++) {
        f[s * 8 + i] = s;
        f[s * 8 + 4 + i] = 10 + 2 * i;
      }
      l[s] = s % 3;
    }
    return new Dataset("img", f, l, new int[] {2, 2, 2}, 3);
  }

  @Test
  void channelStatsMatchHandComputedValues() {
    ChannelStats st = ChannelStats.of(images(4));
    // Channel 0: values 0,1,2,3 four times each → mean 1.5, population variance 1.25.
    assertThat(st.mean()[0]).isEqualTo(1.5);
    assertThat(st.std()[0]).isCloseTo(Math.sqrt(1.25), within(1e-12));
    // Channel 1: 10,12,14,16 → mean 13, variance 5.
    assertThat(st.mean()[1]).isEqualTo(13.0);
    assertThat(st.std()[1]).isCloseTo(Math.sqrt(5.0), within(1e-12));
  }

  @Test
  void standardisedTrainingSetHasZeroMeanAndUnitStd() {
    Dataset train = images(7);
    ChannelStats st = ChannelStats.of(train);
    ChannelStats after = ChannelStats.of(st.apply(train));
    for (int c = 0; c < 2; c++) {
      assertThat(after.mean()[c]).isCloseTo(0.0, within(1e-6));
      assertThat(after.std()[c]).isCloseTo(1.0, within(1e-6));
    }
  }

  @Test
  void constantChannelIsOnlyCentred() {
    float[] f = {5, 5, 5, 5};
    Dataset d = new Dataset("c", f, new int[] {0, 0}, new int[] {2}, 1);
    ChannelStats st = ChannelStats.of(d);
    assertThat(st.std()[0]).isEqualTo(1.0);
    assertThat(st.apply(d).features()).containsOnly(0f);
  }

  @Test
  void statsFromTrainRejectMismatchedChannels() {
    ChannelStats st = ChannelStats.of(images(2));
    Dataset vec = new Dataset("v", new float[3], new int[] {0}, new int[] {3}, 1);
    assertThatThrownBy(() -> st.apply(vec)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 channels");
  }

  @Test
  void unitRangeMapsMaxToOne() {
    Dataset d = new Dataset("p", new float[] {0, 255, 51}, new int[] {0, 0, 0}, new int[] {1}, 1);
    assertThat(Normalization.toUnitRange(d, 255).features()).containsExactly(0f, 1f, 0.2f);
    assertThat(Normalization.scale(d, 2).features()).containsExactly(0f, 510f, 102f);
  }

  @Test
  void shuffledBatchesAreDeterministicForASeedAndCoverEverySampleOnce() {
    Dataset d = images(23);
    List<int[]> a = labelsOf(MiniBatches.shuffled(d, 5, new Rng(7), false));
    List<int[]> b = labelsOf(MiniBatches.shuffled(d, 5, new Rng(7), false));
    assertThat(a).hasSize(5);
    for (int i = 0; i < a.size(); i++) {
      assertThat(a.get(i)).isEqualTo(b.get(i));
    }
    int[] order = MiniBatches.shuffled(d, 5, new Rng(7), false).order();
    assertThat(Arrays.stream(order).sorted().toArray()).isEqualTo(MiniBatches.inOrder(d, 5).order());
    assertThat(order).isNotEqualTo(MiniBatches.shuffled(d, 5, new Rng(8), false).order());
    // Each batch's features are the samples named by the order: channel 0 holds the sample index.
    MiniBatch first = MiniBatches.shuffled(d, 5, new Rng(7), false).batch(0);
    assertThat(first.shape()).containsExactly(5, 2, 2, 2);
    for (int k = 0; k < 5; k++) {
      assertThat(first.features()[k * 8]).isEqualTo(order[k]);
      assertThat(first.labels()[k]).isEqualTo(order[k] % 3);
    }
  }

  @Test
  void lastBatchIsSmallerUnlessDropped() {
    Dataset d = images(23);
    MiniBatches keep = MiniBatches.inOrder(d, 5);
    assertThat(keep.count()).isEqualTo(5);
    assertThat(keep.batch(4).size()).isEqualTo(3);
    assertThat(MiniBatches.shuffled(d, 5, new Rng(1), true).count()).isEqualTo(4);
    assertThatThrownBy(() -> MiniBatches.inOrder(d, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  private static List<int[]> labelsOf(MiniBatches batches) {
    List<int[]> out = new ArrayList<>();
    for (MiniBatch b : batches) {
      out.add(b.labels());
    }
    return out;
  }

  @Test
  void randomSplitIsDisjointCompleteAndSeeded() {
    Dataset d = images(20);
    Split s = Split.random(d, 6, new Rng(3));
    assertThat(s.train().size()).isEqualTo(14);
    assertThat(s.validation().size()).isEqualTo(6);
    float[] ids = new float[20];
    int k = 0;
    for (Dataset part : List.of(s.train(), s.validation())) {
      for (int i = 0; i < part.size(); i++) {
        ids[k++] = part.features()[i * 8];
      }
    }
    Arrays.sort(ids);
    for (int i = 0; i < 20; i++) {
      assertThat(ids[i]).isEqualTo(i);
    }
    assertThat(Split.random(d, 6, new Rng(3)).validation().features()).isEqualTo(s.validation().features());
    Split last = Split.last(d, 5);
    assertThat(last.validation().features()[0]).isEqualTo(15f);
    assertThat(last.train().name()).isEqualTo("img/train");
  }

  @Test
  void augmentationKeepsShapesAndIsDeterministic() {
    MiniBatch batch = MiniBatches.inOrder(cifarLike(6), 6).batch(0);
    RandomCrop aug = new RandomCrop();
    MiniBatch a = aug.apply(batch, new Rng(11));
    MiniBatch b = aug.apply(batch, new Rng(11));
    assertThat(a.shape()).containsExactly(6, 3, 32, 32);
    assertThat(a.features()).isEqualTo(b.features());
    assertThat(a.labels()).isEqualTo(batch.labels());
    assertThat(aug.apply(batch, new Rng(12)).features()).isNotEqualTo(a.features());
  }

  @Test
  void zeroShiftWithoutFlipIsTheIdentityAndFlipMirrorsRows() {
    float[] in = new float[2 * 3 * 4];
    for (int i = 0; i < in.length; i++) {
      in[i] = i + 1;
    }
    float[] out = new float[in.length];
    RandomCrop.transform(in, 0, out, 0, 2, 3, 4, 0, 0, false);
    assertThat(out).isEqualTo(in);
    RandomCrop.transform(in, 0, out, 0, 2, 3, 4, 0, 0, true);
    assertThat(Arrays.copyOfRange(out, 0, 4)).containsExactly(4, 3, 2, 1);
    // Shift down by one row (source row y − 1): the first row is padding.
    RandomCrop.transform(in, 0, out, 0, 2, 3, 4, -1, 0, false);
    assertThat(Arrays.copyOfRange(out, 0, 8)).containsExactly(0, 0, 0, 0, 1, 2, 3, 4);
    // Shift left by two columns (source column x + 2): the last two columns are padding.
    RandomCrop.transform(in, 0, out, 0, 2, 3, 4, 0, 2, false);
    assertThat(Arrays.copyOfRange(out, 0, 4)).containsExactly(3, 4, 0, 0);
  }

  @Test
  void augmentationWithoutPaddingOrFlipChangesNothing() {
    MiniBatch batch = MiniBatches.inOrder(cifarLike(3), 3).batch(0);
    assertThat(new RandomCrop(0, false).apply(batch, new Rng(5)).features()).isEqualTo(batch.features());
  }

  private static Dataset cifarLike(int n) {
    float[] f = new float[n * 3072];
    new Rng(99).fillUniform(f, 0, 255);
    int[] l = new int[n];
    return new Dataset("c", f, l, new int[] {3, 32, 32}, 10);
  }
}
