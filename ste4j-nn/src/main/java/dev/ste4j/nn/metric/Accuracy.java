package dev.ste4j.nn.metric;

/** Top-1 classification accuracy from logits. */
public final class Accuracy {

  private Accuracy() {}

  /**
   * The number of rows of {@code logits} ([n, classes], row-major) whose largest entry is at the label. Ties go to the
   * lowest index, as {@code argmax} does; a row with a NaN is counted wrong.
   */
  public static int correct(float[] logits, int[] labels) {
    int n = labels.length;
    if (n == 0 || logits.length % n != 0) {
      throw new IllegalArgumentException("accuracy: " + logits.length + " logits for " + n + " labels");
    }
    int k = logits.length / n;
    int hits = 0;
    for (int i = 0; i < n; i++) {
      int best = 0;
      boolean nan = false;
      for (int j = 0; j < k; j++) {
        float v = logits[i * k + j];
        nan |= Float.isNaN(v);
        if (v > logits[i * k + best]) {
          best = j;
        }
      }
      if (!nan && best == labels[i]) {
        hits++;
      }
    }
    return hits;
  }

  /**
   * The fraction of predicted classes equal to the labels, in [0, 1].
   *
   * @throws IllegalArgumentException when the arrays differ in length or are empty
   */
  public static double of(int[] predicted, int[] labels) {
    if (predicted.length != labels.length || labels.length == 0) {
      throw new IllegalArgumentException("accuracy: " + predicted.length + " predictions for " + labels.length
          + " labels");
    }
    int hits = 0;
    for (int i = 0; i < labels.length; i++) {
      if (predicted[i] == labels[i]) {
        hits++;
      }
    }
    return hits / (double) labels.length;
  }
}
