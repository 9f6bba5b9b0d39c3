package dev.ste4j.nn.metric;

/**
 * Running totals of a classifier over batches: the sample-weighted mean loss and the accuracy.
 *
 * <p>Each batch adds {@code meanLoss · n} in double precision, in batch order, so the epoch mean is the same for the
 * same batches whatever the thread count. The totals can be saved and restored ({@link #restore}) for a run that
 * resumes mid-epoch.
 */
public final class ClassificationTally {

  /** The totals, as saved in a checkpoint: the sum of batch losses weighted by size, correct samples, samples. */
  public record Totals(double lossSum, long correct, long samples) {}

  private double lossSum;
  private long correct;
  private long samples;

  /** Adds a batch: its mean loss, its logits [n, classes] (row-major) and labels. */
  public void add(double meanLoss, float[] logits, int[] labels) {
    lossSum += meanLoss * labels.length;
    correct += Accuracy.correct(logits, labels);
    samples += labels.length;
  }

  /** Adds totals measured elsewhere. */
  public void add(double lossSum, long correct, long samples) {
    this.lossSum += lossSum;
    this.correct += correct;
    this.samples += samples;
  }

  public static ClassificationTally restore(double lossSum, long correct, long samples) {
    ClassificationTally t = new ClassificationTally();
    t.add(lossSum, correct, samples);
    return t;
  }

  /** Samples so far. */
  public long samples() {
    return samples;
  }

  /** The totals so far ({@link #restore} makes a tally from them). */
  public Totals totals() {
    return new Totals(lossSum, correct, samples);
  }

  /** Mean loss per sample; NaN before any sample. */
  public double meanLoss() {
    return samples == 0 ? Double.NaN : lossSum / samples;
  }

  /** Fraction of samples classified correctly; NaN before any sample. */
  public double accuracy() {
    return samples == 0 ? Double.NaN : correct / (double) samples;
  }
}
