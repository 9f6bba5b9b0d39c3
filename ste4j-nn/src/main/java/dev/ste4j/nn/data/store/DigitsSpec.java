package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Split;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DataSource;
import dev.ste4j.nn.data.fetch.DebianPackageSource;
import dev.ste4j.nn.data.fetch.HttpSource;
import dev.ste4j.nn.data.format.DigitsCsvReader;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;

/**
 * The scikit-learn digits: 1,797 images of 8 × 8 with values 0–16, 10 classes, in one file {@code digits.csv.gz}
 * (see {@link DigitsCsvReader}).
 *
 * <p>The file has no test split; the last {@value #TEST_SIZE} rows are the test set and the first 1,347 the training
 * set — scikit-learn's {@code train_test_split(test_size=0.25, shuffle=False)}, so the split is the same everywhere.
 * Sample shape {@code [64]}; {@code reshape(1, 8, 8)} gives images.
 */
public final class DigitsSpec implements DatasetSpec {

  public static final String FILE = "digits.csv.gz";
  public static final int TEST_SIZE = 450;

  @Override
  public String name() {
    return "digits";
  }

  @Override
  public String description() {
    return "scikit-learn digits: 1347 train / 450 test (last rows), 8x8 values 0-16 as [64], 10 classes";
  }

  @Override
  public List<String> fileNames() {
    return List.of(FILE);
  }

  /** The file holds each image flat, as [64]; models see it as the 8 × 8 grey image it is. */
  @Override
  public int[] sampleShape() {
    return new int[] {1, 8, 8};
  }

  @Override
  public int numClasses() {
    return DigitsCsvReader.CLASSES;
  }

  @Override
  public float rawMax() {
    return DigitsCsvReader.MAX_VALUE;
  }

  @Override
  public TrainTest load(Path folder) throws DataFileException {
    Path file = StandardFiles.require(folder, FILE);
    Dataset all = DigitsCsvReader.read("digits", file);
    if (all.size() <= TEST_SIZE) {
      throw new DataFileException(file, "has " + all.size() + " rows, fewer than the " + (TEST_SIZE + 1)
          + " needed for a training and a test set");
    }
    Split s = Split.last(all, TEST_SIZE);
    return new TrainTest(s.train().named("digits/train"), s.validation().named("digits/test"));
  }

  @Override
  public List<DataSource> sources() {
    return List.of(
        new HttpSource("download from the scikit-learn source repository", List.of(URI.create(
            "https://raw.githubusercontent.com/scikit-learn/scikit-learn/main/sklearn/datasets/data/digits.csv.gz"))),
        new DebianPackageSource("python3-sklearn"));
  }

  @Override
  public String howToGet() {
    return "copy scikit-learn's sklearn/datasets/data/digits.csv.gz into a folder and pass it with --data-dir";
  }

  @Override
  public String toString() {
    return name();
  }
}
