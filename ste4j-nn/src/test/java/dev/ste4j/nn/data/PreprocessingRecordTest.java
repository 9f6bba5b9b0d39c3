package dev.ste4j.nn.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** {@link Preprocessing} gives ste train's two steps (unit range, then channel statistics) bit for bit. */
class PreprocessingRecordTest {

  private static Dataset random(int n, int[] shape, float max, long seed) {
    int size = 1;
    for (int d : shape) {
      size *= d;
    }
    float[] f = new float[n * size];
    Rng rng = new Rng(seed);
    for (int i = 0; i < f.length; i++) {
      // Whole raw values as the files hold them, with the extremes 0 and max among them.
      f[i] = i % 97 == 0 ? max : i % 89 == 0 ? 0 : rng.nextInt((int) max + 1);
    }
    return new Dataset("r", f, new int[n], shape, 10);
  }

  @Test
  void appliedInOneStepItEqualsUnitRangeThenChannelStatsBitForBit() {
    for (int[] shape : new int[][] {{3, 5, 7}, {64}, {1, 8, 8}}) {
      float max = shape.length == 1 ? 16f : 255f;
      Dataset train = random(37, shape, max, 1);
      Dataset test = random(11, shape, max, 2);
      ChannelStats stats = ChannelStats.of(Normalization.toUnitRange(train, max));
      Preprocessing p = Preprocessing.measure(max, train);
      assertThat(p).isEqualTo(Preprocessing.of(max, stats));
      for (Dataset d : new Dataset[] {train, test}) {
        float[] twoSteps = stats.apply(Normalization.toUnitRange(d, max)).features();
        float[] oneStep = p.apply(d).features();
        assertThat(oneStep.length).isEqualTo(twoSteps.length);
        for (int i = 0; i < oneStep.length; i++) {
          assertThat(Float.floatToRawIntBits(oneStep[i])).as("value %d", i)
              .isEqualTo(Float.floatToRawIntBits(twoSteps[i]));
        }
      }
    }
  }

  @Test
  void theTextFormReadsBackExactlyAndIdentityChangesNothing() {
    Preprocessing p = Preprocessing.measure(255f, random(20, new int[] {3, 4, 4}, 255f, 3));
    assertThat(p.channels()).isEqualTo(3);
    assertThat(Preprocessing.parse(p.format())).isEqualTo(p);
    assertThat(Preprocessing.parse(Preprocessing.IDENTITY.format())).isEqualTo(Preprocessing.IDENTITY);
    assertThat(Preprocessing.IDENTITY.isIdentity()).isTrue();
    assertThat(p.isIdentity()).isFalse();
    float[] x = {0f, -0f, 1.5f, -3e-39f, Float.MAX_VALUE, 7f};
    assertThat(Preprocessing.IDENTITY.apply(x, new int[] {2, 3})).containsExactly(x);
  }

  @Test
  void impossibleValuesAreRejectedNamingThem() {
    assertThatThrownBy(() -> new Preprocessing(0f, new float[0], new float[0])).hasMessageContaining("raw maximum");
    assertThatThrownBy(() -> new Preprocessing(1f, new float[] {0f}, new float[] {Float.NaN}))
        .hasMessageContaining("channel 0");
    assertThatThrownBy(() -> new Preprocessing(1f, new float[] {0f, 1f}, new float[] {1f}))
        .hasMessageContaining("2 means but 1");
    assertThatThrownBy(() -> Preprocessing.parse("raw_max=1 mean=x inv_std=1")).hasMessageContaining("preprocessing");
    Preprocessing three = Preprocessing.measure(255f, random(4, new int[] {3, 2, 2}, 255f, 4));
    assertThatThrownBy(() -> three.apply(new float[4], new int[] {1, 2, 2})).hasMessageContaining("3 channels");
  }
}
