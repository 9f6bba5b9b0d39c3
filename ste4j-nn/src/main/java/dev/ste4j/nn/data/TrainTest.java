package dev.ste4j.nn.data;

/**
 * A dataset's standard training and test sets.
 *
 * @param train the training set (split it further with {@link Split} for validation)
 * @param test the test set, for the final evaluation only
 */
public record TrainTest(Dataset train, Dataset test) {

  public TrainTest {
    if (train.numClasses() != test.numClasses()) {
      throw new IllegalArgumentException("train has " + train.numClasses() + " classes, test " + test.numClasses());
    }
  }
}
