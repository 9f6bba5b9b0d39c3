package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Normalization;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.DatasetSpec;
import dev.ste4j.nn.data.store.Datasets;
import java.io.IOException;
import java.util.List;

/**
 * Loads MNIST or Fashion-MNIST from the data folder as {@link LabeledData} (pixels scaled to [0, 1], images flattened
 * to 784 features). A missing data set is fetched when the store fetches; one that cannot be had fails with a
 * {@link dev.ste4j.nn.data.DatasetUnavailableException} saying where it looked and how to get it.
 */
public final class ImageData {

  /** The data sets the latent-weight experiment accepts. */
  public static final List<String> NAMES = List.of("mnist", "fashion-mnist");

  private ImageData() {}

  /** {train, test} of the named data set from the store. */
  public static LabeledData[] load(String name, DataStore store) throws IOException {
    if (!NAMES.contains(name)) {
      throw new IllegalArgumentException("the latent-weight experiment trains on " + NAMES + ", not \"" + name + "\"");
    }
    DatasetSpec spec = Datasets.get(name);
    TrainTest tt = store.load(spec);
    return new LabeledData[] {convert(tt.train(), spec), convert(tt.test(), spec)};
  }

  static LabeledData convert(Dataset ds, DatasetSpec spec) {
    Dataset unit = Normalization.toUnitRange(ds, spec.rawMax());
    return new LabeledData(ds.name(), unit.features(), unit.labels(), unit.size(), unit.sampleSize(),
        unit.numClasses());
  }
}
