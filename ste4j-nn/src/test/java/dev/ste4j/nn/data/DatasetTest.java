package dev.ste4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DatasetTest {

  private static Dataset sixSamples() {
    float[] f = new float[6 * 2];
    for (int i = 0; i < f.length; i++) {
      f[i] = i;
    }
    return new Dataset("six", f, new int[] {0, 1, 2, 0, 1, 2}, new int[] {2}, 3);
  }

  @Test
  void subsetGathersRowsInOrder() {
    Dataset s = sixSamples().subset("s", new int[] {4, 1, 4});
    assertThat(s.features()).containsExactly(8, 9, 2, 3, 8, 9);
    assertThat(s.labels()).containsExactly(1, 1, 1);
    assertThat(s.numClasses()).isEqualTo(3);
  }

  @Test
  void sliceCopiesARange() {
    Dataset s = sixSamples().slice(2, 4);
    assertThat(s.size()).isEqualTo(2);
    assertThat(s.features()).containsExactly(4, 5, 6, 7);
    assertThat(s.labels()).containsExactly(2, 0);
    assertThatThrownBy(() -> sixSamples().slice(3, 7)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void labelOutOfRangeIsRejectedWithTheSample() {
    assertThatThrownBy(() -> new Dataset("d", new float[2], new int[] {0, 3}, new int[] {1}, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label 3 of sample 1 is out of range 0..2");
    assertThatThrownBy(() -> new Dataset("d", new float[2], new int[] {-1, 0}, new int[] {1}, 3))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("label -1");
  }

  @Test
  void featureCountMustMatchShape() {
    assertThatThrownBy(() -> new Dataset("d", new float[5], new int[] {0, 1}, new int[] {3}, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("5 feature values do not make 2 samples");
    assertThatThrownBy(() -> new Dataset("d", new float[0], new int[0], new int[] {0}, 2))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("non-positive");
  }

  @Test
  void classCountsAndReshape() {
    Dataset d = sixSamples();
    assertThat(d.classCounts()).containsExactly(2, 2, 2);
    assertThat(d.reshape(1, 2).sampleShape()).containsExactly(1, 2);
    assertThatThrownBy(() -> d.reshape(3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void copySampleCopiesOneRow() {
    float[] dst = new float[3];
    sixSamples().copySample(5, dst, 1);
    assertThat(dst).containsExactly(0, 10, 11);
  }
}
