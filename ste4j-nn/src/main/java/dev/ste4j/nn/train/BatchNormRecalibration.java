package dev.ste4j.nn.train;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.LayerTrace;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recomputes the running statistics of every {@link BatchNorm} from the current weights ("precise BN", Wu &amp; Johnson
 * 2021): each one's running mean and variance become the average, over {@code batches} un-augmented training batches,
 * of the per-channel batch mean and unbiased variance its input had in a training-mode forward (PyTorch's cumulative
 * average, momentum None).
 *
 * <p>Why: the running statistics of momentum 0.1 reflect the last ten or so batches, whose weights moved and whose
 * inputs were augmented, so evaluation normalises with statistics the final network never produces; with a large
 * learning rate the test accuracy then jumps from epoch to epoch. Recalibration changes nothing the training step
 * sees (training normalises with the batch's own statistics) and leaves the model's random sources as they were, so
 * the weights follow the same path as without it.
 *
 * <p>The batches are the first {@code batches} full batches of a permutation of the training data drawn from the seed
 * alone, the same every epoch; the sums run in a fixed order, so the result is the same for any thread count.
 */
final class BatchNormRecalibration {

  /** Keeps the recalibration's permutation apart from the epochs' permutations and the crops. */
  private static final long STREAM = 0x626e63L;

  private BatchNormRecalibration() {}

  /**
   * Recalibrates the model's batch norms in place (nothing when {@code batches} is 0 or the model has none) and
   * restores its training flag and random sources.
   */
  static void recalibrate(Module model, Dataset train, int batches, int batchSize, long seed, ModelHooks hooks) {
    int usable = Math.min(batches, train.size() / batchSize);
    if (usable == 0) {
      return;
    }
    int[] order = new Rng(seed).split(STREAM).permutation(train.size());
    Map<BatchNorm, ChannelMoments> moments = new IdentityHashMap<>();
    boolean wasTraining = model.isTraining();
    Map<String, long[]> random = hooks.randomState(model);
    model.train(true);
    try (NoGrad scope = NoGrad.enter()) {
      for (int b = 0; b < usable; b++) {
        Batch batch = Batch.of(train, order, b * batchSize, batchSize);
        try (LayerTrace trace = LayerTrace.start()) {
          model.forward(batch.input());
          for (LayerTrace.Step step : trace.steps()) {
            if (step.layer() instanceof BatchNorm bn) {
              moments.computeIfAbsent(bn, k -> new ChannelMoments(k.channels())).add(step.input());
            }
          }
        }
      }
    } finally {
      model.train(wasTraining);
      hooks.restoreRandomState(model, random);
    }
    moments.forEach((bn, m) -> m.writeInto(bn.runningMean(), bn.runningVar()));
  }

  /** Sums of each channel's batch mean and unbiased variance over the recalibration batches. */
  private static final class ChannelMoments {
    private final double[] meanSum;
    private final double[] varSum;
    private int batches;

    ChannelMoments(int channels) {
      meanSum = new double[channels];
      varSum = new double[channels];
    }

    /** Adds one batch's input, [N, C] or [N, C, H, W]; the forward has refused one value per channel already. */
    void add(Tensor x) {
      int[] d = x.dims();
      int n = d[0];
      int c = d[1];
      int plane = x.rank() == 4 ? d[2] * d[3] : 1;
      long count = (long) n * plane;
      float[] v = x.contiguous().data();
      for (int ch = 0; ch < c; ch++) {
        double sum = 0;
        for (int i = 0; i < n; i++) {
          int base = (i * c + ch) * plane;
          for (int p = 0; p < plane; p++) {
            sum += v[base + p];
          }
        }
        double mean = sum / count;
        double ss = 0;
        for (int i = 0; i < n; i++) {
          int base = (i * c + ch) * plane;
          for (int p = 0; p < plane; p++) {
            double e = v[base + p] - mean;
            ss += e * e;
          }
        }
        meanSum[ch] += mean;
        varSum[ch] += ss / (count - 1);
      }
      batches++;
    }

    void writeInto(float[] runningMean, float[] runningVar) {
      for (int ch = 0; ch < meanSum.length; ch++) {
        runningMean[ch] = (float) (meanSum[ch] / batches);
        runningVar[ch] = (float) (varSum[ch] / batches);
      }
    }
  }
}
