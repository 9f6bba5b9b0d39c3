package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;

/**
 * The teacher network y = v*ᵀσ(Z w*) with binary first-layer weights w* ∈ {±1}ⁿ drawn uniformly at random.
 *
 * <p>When σ = sign and the student trains its second layer, (v, w) and (−v, −w) compute the same function, so the
 * teacher is identified only up to that sign flip: {@link #distance} then measures the Hamming distance to the nearer
 * of ±w*. In every other configuration w* is identifiable and the distance is the plain Hamming distance.
 */
public final class Teacher {

  private final float[] weights;
  private final float[] secondLayer;
  private final boolean signSymmetric;

  private Teacher(float[] weights, float[] secondLayer, boolean signSymmetric) {
    this.weights = weights;
    this.secondLayer = secondLayer;
    this.signSymmetric = signSymmetric;
  }

  /** Draws w* uniformly from {±1}ⁿ; v* from the model configuration. */
  public static Teacher draw(ModelConfig model, MethodConfig method, Rng rng) {
    float[] w = new float[model.dimension()];
    for (int j = 0; j < w.length; j++) {
      w[j] = rng.nextSign();
    }
    return of(w, model.teacherSecondLayer(),
        model.activation() == Activation.SIGN && method.trainSecondLayer());
  }

  /** A teacher with the given ±1 weights and second layer (copied). */
  public static Teacher of(float[] weights, float[] secondLayer, boolean signSymmetric) {
    for (float x : weights) {
      if (x != 1f && x != -1f) {
        throw new IllegalArgumentException("teacher weights must be +1 or -1, got " + x);
      }
    }
    return new Teacher(weights.clone(), secondLayer.clone(), signSymmetric);
  }

  /** n. */
  public int dimension() {
    return weights.length;
  }

  /** w* (a copy). */
  public float[] weights() {
    return weights.clone();
  }

  /** v* (a copy). */
  public float[] secondLayer() {
    return secondLayer.clone();
  }

  float[] weightsView() {
    return weights;
  }

  float[] secondLayerView() {
    return secondLayer;
  }

  /** The Hamming distance from the binary vector u to w* (to the nearer of ±w* when sign-symmetric). */
  public int distance(float[] u) {
    int d = 0;
    for (int j = 0; j < weights.length; j++) {
      if (u[j] != weights[j]) {
        d++;
      }
    }
    return signSymmetric ? Math.min(d, weights.length - d) : d;
  }
}
