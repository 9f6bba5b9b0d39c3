package dev.ste4j.lab.shekhovtsov2021;

import java.io.Serializable;

/**
 * The {train, test} data of a latent-weight sweep's cells ({@link LatentWeightSweep}, {@link LatentStudySweep}): given
 * in the process that read them already, or read again from the source in another process (a Spark executor).
 * Either way they are checked once, before any cell uses them.
 */
final class LatentSweepData implements Serializable {

  private static final long serialVersionUID = 1L;

  private final LatentStudySweep.DataSource source;
  /** Rows the study holds out of the training set for its validation sweep; 0 for none. */
  private final int validationRows;
  private transient LabeledData[] data;

  LatentSweepData(LatentStudySweep.DataSource source, int validationRows) {
    this.source = source;
    this.validationRows = validationRows;
  }

  /** Gives this process's cells {train, test}, read already the way the source reads them. */
  synchronized void give(LabeledData train, LabeledData test) {
    check(train, test);
    data = new LabeledData[] {train, test};
  }

  /** {train, test}: those given, else read from the source (once per process). */
  synchronized LabeledData[] get() {
    if (data == null) {
      LabeledData[] d = source.load();
      check(d[0], d[1]);
      data = d;
    }
    return data;
  }

  private void check(LabeledData train, LabeledData test) {
    if (train.dims() != test.dims() || train.classes() != test.classes()) {
      throw new IllegalArgumentException("train and test data differ: " + train.dims() + " vs " + test.dims()
          + " features, " + train.classes() + " vs " + test.classes() + " classes");
    }
    if (validationRows > 0 && validationRows >= train.rows()) {
      throw new IllegalArgumentException("the validation split (" + validationRows + " rows) leaves no training rows"
          + " of " + train.rows());
    }
  }
}
