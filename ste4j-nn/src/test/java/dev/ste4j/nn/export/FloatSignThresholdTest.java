package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.kernel.ChannelsLastPacking;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The float fold of batch norm and sign against the unfolded op, on random statistics and at the boundaries. */
class FloatSignThresholdTest {

  private static BatchNormStep randomBatchNorm(Rng rng, int c) {
    float[] gamma = new float[c];
    float[] beta = new float[c];
    float[] mean = new float[c];
    float[] var = new float[c];
    for (int ch = 0; ch < c; ch++) {
      gamma[ch] = (float) rng.nextGaussian() * (ch % 3 == 0 ? 1e-3f : 1f);
      beta[ch] = (float) rng.nextGaussian();
      mean[ch] = (float) (3 * rng.nextGaussian());
      var[ch] = ch % 4 == 1 ? 0f : (float) Math.abs(rng.nextGaussian());
    }
    return new BatchNormStep(gamma, beta, mean, var, 1e-5f);
  }

  @Test
  void floatOrderKeysAreMonotoneAndInvertible() {
    float[] ordered = {Float.NEGATIVE_INFINITY, -Float.MAX_VALUE, -1f, -Float.MIN_VALUE, -0f, 0f, Float.MIN_VALUE,
        1f, Float.MAX_VALUE, Float.POSITIVE_INFINITY};
    for (int i = 0; i < ordered.length; i++) {
      assertThat(Float.floatToRawIntBits(FloatSignThreshold.fromKey(FloatSignThreshold.key(ordered[i]))))
          .isEqualTo(Float.floatToRawIntBits(ordered[i]));
      if (i > 0) {
        assertThat(FloatSignThreshold.key(ordered[i])).isGreaterThan(FloatSignThreshold.key(ordered[i - 1]));
      }
    }
  }

  @Test
  void foldedSignEqualsTheBatchNormsSignEverywhereChecked() {
    Rng rng = new Rng(11);
    for (int trial = 0; trial < 20; trial++) {
      int c = 9;
      BatchNormStep bn = randomBatchNorm(rng, c);
      for (boolean planes : new boolean[] {false, true}) {
        FloatSignThreshold t = FloatSignThreshold.of(bn, planes);
        assertThat(t).isNotNull();
        // Per channel: random values, special ones, and the floats next to the boundary the fold found.
        List<float[]> rows = new ArrayList<>();
        float[] specials = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY, Float.MAX_VALUE,
            -Float.MAX_VALUE, Float.MIN_VALUE, -Float.MIN_VALUE};
        for (float s : specials) {
          rows.add(filled(c, s));
        }
        for (int r = 0; r < 50; r++) {
          float[] row = new float[c];
          for (int ch = 0; ch < c; ch++) {
            row[ch] = (float) (10 * rng.nextGaussian());
          }
          rows.add(row);
        }
        float[] edge = boundary(t, c);
        rows.add(edge);
        float[] down = new float[c];
        float[] up = new float[c];
        for (int ch = 0; ch < c; ch++) {
          down[ch] = Math.nextDown(edge[ch]);
          up[ch] = Math.nextUp(edge[ch]);
        }
        rows.add(down);
        rows.add(up);
        int n = rows.size();
        float[] x = new float[n * c];
        for (int r = 0; r < n; r++) {
          System.arraycopy(rows.get(r), 0, x, r * c, c);
        }
        float[] want = bn.apply(Tensor.wrap(x.clone(), n, c)).data();
        float[] got = x.clone();
        t.applyRows(got, n, c);
        for (int i = 0; i < got.length; i++) {
          assertThat(got[i]).as("trial %d, value %s, channel %d", trial, x[i], i % c)
              .isEqualTo(want[i] >= 0f ? 1f : -1f);
        }
      }
    }
  }

  @Test
  void packedPlanesAreTheSignsOfTheBatchNormOnFeatureMaps() {
    Rng rng = new Rng(12);
    int n = 2;
    int c = 70;
    int hw = 6;
    BatchNormStep bn = randomBatchNorm(rng, c);
    float[] x = new float[n * c * hw];
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (4 * rng.nextGaussian());
    }
    float[] y = bn.apply(Tensor.wrap(x.clone(), n, c, 2, 3)).data();
    long[] want = ChannelsLastPacking.pack(y, 0, n, c, 2, 3);
    assertThat(FloatSignThreshold.of(bn, true).packPlanes(x, n, c, hw)).isEqualTo(want);
  }

  @Test
  void aBatchNormThatIsNotMonotoneIsNotFolded() {
    BatchNormStep zeroGamma = new BatchNormStep(new float[] {1f, 0f}, new float[] {0f, 1f}, new float[] {0f, 0f},
        new float[] {1f, 1f}, 1e-5f);
    assertThat(FloatSignThreshold.of(zeroGamma, true)).isNull();
    BatchNormStep nanMean = new BatchNormStep(new float[] {1f}, new float[] {0f}, new float[] {Float.NaN},
        new float[] {1f}, 1e-5f);
    assertThat(FloatSignThreshold.of(nanMean, false)).isNull();
  }

  private static float[] filled(int c, float v) {
    float[] row = new float[c];
    java.util.Arrays.fill(row, v);
    return row;
  }

  /** The finite end of each channel's interval: the float where the folded sign changes. */
  private static float[] boundary(FloatSignThreshold t, int c) {
    float[] edge = new float[c];
    for (int ch = 0; ch < c; ch++) {
      edge[ch] = Float.isInfinite(t.lo[ch]) ? t.hi[ch] : t.lo[ch];
    }
    return edge;
  }
}
