package dev.ste4j.cli.command.train;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.NoFetchOption;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.DatasetSpec;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * What {@code ste train} and {@code ste eval} build from a {@link TrainConfig}: the data (scaled to [0, 1], then
 * standardised per channel with the training split's mean and deviation) and the model (its initial weights seeded
 * from the run's seed unless {@code model_options.seed} says otherwise).
 */
final class TrainingSetup {

  private TrainingSetup() {}

  /** The splits as the model sees them, and the preprocessing that made them from the raw ones. */
  record Standardized(TrainTest data, Preprocessing preprocessing) {}

  /**
   * The data folder of the config ({@code data_dir}, else the default), fetching a missing dataset unless
   * {@code noFetch}, progress lines to {@code err}.
   */
  static DataStore store(TrainConfig c, boolean noFetch, PrintWriter err) {
    return NoFetchOption.store(c.dataDir() != null ? Path.of(c.dataDir()) : null, noFetch, err);
  }

  /** Loads and normalises the dataset with the statistics of its raw training split. */
  static Standardized data(TrainConfig c, DataStore store) {
    TrainTest raw = raw(c, store);
    Preprocessing p = Preprocessing.measure(Datasets.get(c.data()).rawMax(), raw.train());
    return new Standardized(new TrainTest(p.apply(raw.train()), p.apply(raw.test())), p);
  }

  /** Loads the dataset as its files hold it; one that cannot be had says how to get it. */
  static TrainTest raw(TrainConfig c, DataStore store) {
    DatasetSpec spec = Datasets.get(c.data());
    TrainTest raw;
    try {
      raw = store.load(spec);
    } catch (DatasetUnavailableException | DataFileException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(c.data() + ": " + e.getMessage(), e);
    }
    return raw;
  }

  /**
   * The model's configuration: defaults, the run's seed and the data's class count, then the config's options; without
   * an input_shape option, the dataset's sample shape where the model's default input does not hold it.
   */
  static ModelConfig modelConfig(TrainConfig c, int classes) {
    ModelConfig base = ModelConfig.defaults().withSeed(c.seed()).withClasses(classes);
    return Models.forData(c.model(), ModelConfig.fromMap(base, c.modelOptions()), Datasets.get(c.data()).sampleShape());
  }

  static Module model(TrainConfig c, ModelConfig mc) {
    return Models.create(c.model(), mc);
  }

  /** A name that identifies the model and its options in checkpoints. */
  static String modelId(TrainConfig c, ModelConfig mc) {
    return c.model() + " " + mc;
  }

  /**
   * The dataset seen with the model's input shape: reshaped when only the shape differs (MNIST [1, 28, 28] for
   * bnn-mlp's [784]); an error naming both shapes when the sizes differ.
   */
  static Dataset fit(Dataset d, String model, ModelConfig mc) {
    int[] want = Models.inputShape(model, mc);
    if (Arrays.equals(want, d.sampleShape())) {
      return d;
    }
    if (Arrays.stream(want).reduce(1, (a, b) -> a * b) != d.sampleSize()) {
      throw new UserError("model " + model + " takes inputs of shape " + Arrays.toString(want) + ", dataset "
          + d.name() + " has samples of shape " + Arrays.toString(d.sampleShape()));
    }
    return d.reshape(want);
  }
}
