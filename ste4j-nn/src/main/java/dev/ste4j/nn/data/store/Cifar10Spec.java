package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DataSource;
import dev.ste4j.nn.data.fetch.HttpSource;
import dev.ste4j.nn.data.format.Cifar10Reader;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CIFAR-10, the binary version: {@code data_batch_1.bin} … {@code data_batch_5.bin} (50,000 training images) and
 * {@code test_batch.bin} (10,000), 32 × 32 colour, 10 classes (see {@link Cifar10Reader}). Its archive,
 * {@code cifar-10-binary.tar.gz}, unpacks to {@code cifar-10-batches-bin/}, which is searched too. No package registry
 * ships it, so without internet a user downloads it elsewhere and passes the folder.
 */
public final class Cifar10Spec implements DatasetSpec {

  public static final String ARCHIVE = "https://www.cs.toronto.edu/~kriz/cifar-10-binary.tar.gz";

  @Override
  public String name() {
    return "cifar10";
  }

  @Override
  public String description() {
    return "CIFAR-10: 50000 train / 10000 test, 3x32x32 colour, 10 classes";
  }

  @Override
  public List<String> fileNames() {
    List<String> names = new ArrayList<>();
    for (int i = 1; i <= 5; i++) {
      names.add("data_batch_" + i + ".bin");
    }
    names.add("test_batch.bin");
    return names;
  }

  @Override
  public List<String> folderNames() {
    return List.of("cifar10", "cifar-10-batches-bin", "cifar10/cifar-10-batches-bin");
  }

  @Override
  public int[] sampleShape() {
    return new int[] {3, 32, 32};
  }

  @Override
  public int numClasses() {
    return 10;
  }

  @Override
  public float rawMax() {
    return 255f;
  }

  @Override
  public TrainTest load(Path folder) throws DataFileException {
    List<Path> train = new ArrayList<>();
    for (String name : fileNames().subList(0, 5)) {
      train.add(StandardFiles.require(folder, name));
    }
    Path test = StandardFiles.require(folder, "test_batch.bin");
    return new TrainTest(Cifar10Reader.read("cifar10/train", train), Cifar10Reader.read("cifar10/test", List.of(test)));
  }

  /** Each file's length: a positive multiple of the record size. */
  @Override
  public void check(Path folder) throws DataFileException {
    for (String name : fileNames()) {
      Cifar10Reader.records(StandardFiles.require(folder, name));
    }
  }

  @Override
  public List<DataSource> sources() {
    return List.of(new HttpSource("download from " + ARCHIVE, List.of(URI.create(ARCHIVE))));
  }

  @Override
  public String howToGet() {
    return "no package registry ships CIFAR-10: on a machine with internet download the binary version (" + ARCHIVE
        + "), extract it, and pass the folder holding data_batch_1.bin ... test_batch.bin with --data-dir";
  }

  @Override
  public String toString() {
    return name();
  }
}
