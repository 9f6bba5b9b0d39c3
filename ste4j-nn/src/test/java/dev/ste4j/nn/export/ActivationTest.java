package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.kernel.PackedBits;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

/** Packed signs read back as the ±1 floats they were packed from. */
class ActivationTest {

  @Test
  void packedSignsUnpackToTheirPlusMinusOneValues() {
    Rng rng = new Rng(3);
    for (int c : new int[] {1, 63, 64, 65, 130}) {
      int n = 3;
      int h = 5;
      int w = 4;
      float[] x = new float[n * c * h * w];
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.nextGaussian() >= 0 ? 1f : -1f;
      }
      Activation a = Activation.packed(ChannelsLastPacking.pack(x, 0, n, c, h, w), n, c, h, w);
      assertThat(a.isPacked()).isTrue();
      Tensor t = a.tensor();
      assertThat(t.dims()).containsExactly(n, c, h, w);
      assertThat(t.data()).as("c=%d", c).containsExactly(x);
      assertThat(a.tensor()).isSameAs(t);
    }
  }

  @Test
  void packedRowsUnpackToTheirPlusMinusOneValues() {
    Rng rng = new Rng(4);
    for (int c : new int[] {1, 64, 100, 1024}) {
      int n = 5;
      float[] x = new float[n * c];
      for (int i = 0; i < x.length; i++) {
        x[i] = rng.nextGaussian() >= 0 ? 1f : -1f;
      }
      Activation a = Activation.packedRows(PackedBits.pack(x, 0, n, c));
      assertThat(a.rank()).isEqualTo(2);
      assertThat(a.tensor().dims()).containsExactly(n, c);
      assertThat(a.tensor().data()).as("c=%d", c).containsExactly(x);
    }
  }
}
