package dev.ste4j.lab.jeong2025;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The teacher–student model and its data: Z_k ∈ R^{m×n} with i.i.d. entries from {@code distribution}, normalised by
 * {@code normalization}; teacher w* ∈ {±1}ⁿ drawn uniformly, second layer v* ∈ R^m; labels
 * y_k = v*ᵀσ(Z_k w*) + ε_k with ε_k ~ N(0, noiseStd²) (noiseStd = 0: noiseless).
 *
 * @param dimension n, the input dimension and number of binary weights (≥ 1)
 * @param rows m, the number of patches (rows of Z) per sample and width of the second layer (≥ 1)
 * @param activation σ
 * @param secondLayer v*, of length m; empty means all ones (the default)
 * @param noiseStd s ≥ 0, standard deviation of the Gaussian label noise
 * @param distribution the law of each input entry
 * @param normalization what is done to the inputs before teacher and student see them
 */
public record ModelConfig(int dimension, int rows, Activation activation, List<Double> secondLayer,
                          double noiseStd, InputDistribution distribution, Normalization normalization)
    implements java.io.Serializable {

  public ModelConfig {
    if (dimension < 1) {
      throw new IllegalArgumentException("dimension n must be at least 1, got " + dimension);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows m must be at least 1, got " + rows);
    }
    if (activation == null || distribution == null || normalization == null) {
      throw new IllegalArgumentException("activation, distribution and normalization must be given");
    }
    secondLayer = secondLayer == null ? List.of() : List.copyOf(secondLayer);
    if (!secondLayer.isEmpty() && secondLayer.size() != rows) {
      throw new IllegalArgumentException(
          "second layer v* has " + secondLayer.size() + " entries but rows m = " + rows);
    }
    for (double x : secondLayer) {
      if (!Double.isFinite(x)) {
        throw new IllegalArgumentException("second layer v* must be finite, got " + secondLayer);
      }
    }
    if (!(noiseStd >= 0) || Double.isInfinite(noiseStd)) {
      throw new IllegalArgumentException("label noise standard deviation must be finite and >= 0, got " + noiseStd);
    }
  }

  /**
   * The hidden units m of the lab's default teacher. Jeong et al. study a two-layer network; with m = 1 and v* = 1 the
   * second layer collapses and the teacher is a single binary perceptron y = σ(zᵀw*). With m = 4 the label is
   * y = Σ_i σ(Z_i w*), a sum over four hidden units that share w* (Yin et al. 2019's setting of m patches, v* = 1), so
   * a label no longer reveals any one unit's sign and the cross terms between units enter the empirical coarse
   * gradient. Four rather than more keeps the quick scale within its time: each sample costs m·n multiply–adds.
   */
  public static final int TWO_LAYER_UNITS = 4;

  /** The lab's default: a two-layer teacher with {@link #TWO_LAYER_UNITS} hidden units, otherwise {@link #gaussian}. */
  public static ModelConfig twoLayer(int dimension) {
    return gaussian(dimension, TWO_LAYER_UNITS);
  }

  /** σ = 1{x > 0}, v* = 1, Gaussian inputs, no normalisation, no noise, m rows (m = 1: the single perceptron). */
  public static ModelConfig gaussian(int dimension, int rows) {
    return new ModelConfig(dimension, rows, Activation.STEP, List.of(), 0.0, InputDistribution.GAUSSIAN,
        Normalization.NONE);
  }

  /** v* as floats (all ones when {@link #secondLayer()} is empty). */
  public float[] teacherSecondLayer() {
    float[] v = new float[rows];
    for (int i = 0; i < rows; i++) {
      v[i] = secondLayer.isEmpty() ? 1f : secondLayer.get(i).floatValue();
    }
    return v;
  }

  public ModelConfig withDimension(int n) {
    return new ModelConfig(n, rows, activation, secondLayer, noiseStd, distribution, normalization);
  }

  public ModelConfig withNoise(double s) {
    return new ModelConfig(dimension, rows, activation, secondLayer, s, distribution, normalization);
  }

  public ModelConfig withInputs(InputDistribution d, Normalization norm) {
    return new ModelConfig(dimension, rows, activation, secondLayer, noiseStd, d, norm);
  }

  /** Every choice, by name, for run records and reports. */
  public Map<String, Object> describe() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", dimension);
    m.put("m", rows);
    m.put("activation", activation.id());
    m.put("v*", secondLayer.isEmpty() ? "all ones" : secondLayer.toString());
    m.put("label noise std", noiseStd);
    m.put("input distribution", distribution.id());
    m.put("normalization", normalization.id());
    return m;
  }
}
