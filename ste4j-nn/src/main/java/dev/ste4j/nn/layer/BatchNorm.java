package dev.ste4j.nn.layer;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Norm;
import java.util.Arrays;

/**
 * Batch normalisation over channels (axis 1) of [N, C] or [N, C, H, W] inputs (Ioffe &amp; Szegedy 2015), on
 * {@link Norm#batchNorm}. Training normalises with the batch statistics and moves the running ones by
 * {@code momentum} (PyTorch convention: new = (1 − m)·old + m·batch); evaluation uses the running statistics.
 *
 * <p>Parameters {@code gamma}, {@code beta} (when affine); buffers {@code running_mean} (0) and {@code running_var}
 * (1). Without affine it is the scale-free normalisation Yin et al. put before each quantized activation.
 */
public final class BatchNorm extends Layer {

  /** Default ε added to the variance. */
  public static final float EPS = 1e-5f;
  /** Default momentum of the running statistics. */
  public static final float MOMENTUM = 0.1f;

  private final int channels;
  private final boolean affine;
  private final float momentum;
  private final float eps;
  private final Parameter gamma;
  private final Parameter beta;
  private final float[] runningMean;
  private final float[] runningVar;

  public BatchNorm(int channels, boolean affine, float momentum, float eps) {
    if (channels < 1 || !(momentum >= 0 && momentum <= 1) || !(eps > 0)) {
      throw new IllegalArgumentException("BatchNorm: invalid channels=" + channels + " momentum=" + momentum
          + " eps=" + eps);
    }
    this.channels = channels;
    this.affine = affine;
    this.momentum = momentum;
    this.eps = eps;
    gamma = affine ? addParameter(new Parameter("gamma", Tensor.ones(channels), 32)) : null;
    beta = affine ? addParameter(new Parameter("beta", Tensor.zeros(channels), 32)) : null;
    runningMean = addBuffer("running_mean", new float[channels]);
    float[] var = new float[channels];
    Arrays.fill(var, 1f);
    runningVar = addBuffer("running_var", var);
  }

  /** Affine batch norm with the default momentum and ε. */
  public BatchNorm(int channels) {
    this(channels, true, MOMENTUM, EPS);
  }

  /** Batch norm with or without affine parameters, default momentum and ε. */
  public BatchNorm(int channels, boolean affine) {
    this(channels, affine, MOMENTUM, EPS);
  }

  @Override
  protected Tensor compute(Tensor x) {
    if ((x.rank() != 2 && x.rank() != 4) || x.dim(1) != channels) {
      throw new IllegalArgumentException(this + ": expects [N, " + channels + "] or [N, " + channels
          + ", H, W], got " + x.shape());
    }
    return Norm.batchNorm(x, affine ? gamma.value() : null, affine ? beta.value() : null, runningMean, runningVar,
        isTraining(), momentum, eps);
  }

  public int channels() {
    return channels;
  }

  public boolean isAffine() {
    return affine;
  }

  public float eps() {
    return eps;
  }

  /** γ values (ones when not affine). */
  public float[] gammaValues() {
    if (affine) {
      return gamma.data().clone();
    }
    float[] g = new float[channels];
    Arrays.fill(g, 1f);
    return g;
  }

  /** β values (zeros when not affine). */
  public float[] betaValues() {
    return affine ? beta.data().clone() : new float[channels];
  }

  public float[] runningMean() {
    return runningMean;
  }

  public float[] runningVar() {
    return runningVar;
  }

  @Override
  public String toString() {
    return "BatchNorm(" + channels + (affine ? "" : ", no affine") + ")";
  }
}
