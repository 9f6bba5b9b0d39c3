package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DataSource;
import dev.ste4j.nn.data.format.IdxReader;
import java.nio.file.Path;
import java.util.List;

/**
 * A dataset published as the four MNIST-style IDX files: {@code train-images-idx3-ubyte},
 * {@code train-labels-idx1-ubyte}, {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}, each plain or
 * gzip-compressed. MNIST and Fashion-MNIST both have this form (60,000 training and 10,000 test images of 28 × 28, 10
 * classes); see {@link Datasets}.
 */
public final class IdxDatasetSpec implements DatasetSpec {

  static final String TRAIN_IMAGES = "train-images-idx3-ubyte";
  static final String TRAIN_LABELS = "train-labels-idx1-ubyte";
  static final String TEST_IMAGES = "t10k-images-idx3-ubyte";
  static final String TEST_LABELS = "t10k-labels-idx1-ubyte";

  private final String name;
  private final String description;
  private final int numClasses;
  private final List<DataSource> sources;
  private final String howToGet;

  public IdxDatasetSpec(String name, String description, int numClasses, List<DataSource> sources, String howToGet) {
    this.name = name;
    this.description = description;
    this.numClasses = numClasses;
    this.sources = List.copyOf(sources);
    this.howToGet = howToGet;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public List<String> fileNames() {
    return List.of(TRAIN_IMAGES, TRAIN_LABELS, TEST_IMAGES, TEST_LABELS);
  }

  @Override
  public int[] sampleShape() {
    return new int[] {1, 28, 28};
  }

  @Override
  public int numClasses() {
    return numClasses;
  }

  @Override
  public float rawMax() {
    return 255f;
  }

  @Override
  public TrainTest load(Path folder) throws DataFileException {
    Dataset train = IdxReader.readDataset(name + "/train", StandardFiles.require(folder, TRAIN_IMAGES),
        StandardFiles.require(folder, TRAIN_LABELS), numClasses);
    Dataset test = IdxReader.readDataset(name + "/test", StandardFiles.require(folder, TEST_IMAGES),
        StandardFiles.require(folder, TEST_LABELS), numClasses);
    return new TrainTest(train, test);
  }

  /** Headers and lengths of the four files, and as many labels as images in each split. */
  @Override
  public void check(Path folder) throws DataFileException {
    checkSplit(StandardFiles.require(folder, TRAIN_IMAGES), StandardFiles.require(folder, TRAIN_LABELS));
    checkSplit(StandardFiles.require(folder, TEST_IMAGES), StandardFiles.require(folder, TEST_LABELS));
  }

  private static void checkSplit(Path images, Path labels) throws DataFileException {
    int count = IdxReader.checkHeader(images, 3)[0];
    int labelCount = IdxReader.checkHeader(labels, 1)[0];
    if (labelCount != count) {
      throw new DataFileException(labels, labelCount + " labels do not match the " + count + " images of " + images);
    }
  }

  @Override
  public List<DataSource> sources() {
    return sources;
  }

  @Override
  public String howToGet() {
    return howToGet;
  }

  @Override
  public String toString() {
    return name;
  }
}
