package dev.ste4j.cli.command.sweep;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.NoFetchOption;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.ImageDataSweep;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.lab.shekhovtsov2021.LatentStudySweep;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.store.DataStore;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/**
 * A grid whose cells train on MNIST or Fashion-MNIST ({@code shekhovtsov2021-latent-DATA}, {@code -study-DATA}): the
 * data set is read here before the run folder is written (fetched when missing, unless {@code --no-fetch}), and a cell
 * on another machine reads it again from the same folder, without fetching.
 */
abstract class ImageDataGrid<C extends Serializable, R extends Serializable, S extends ImageDataSweep<C, R>>
    implements SweepGrid<C, R> {

  final String dataset;
  final String scale;
  final S sweep;
  private final Path folder;
  private final boolean noFetch;

  /**
   * @param folder the data folder; cells read it without fetching (on a cluster: the same path on every node)
   * @param sweep the sweep, given where its cells read the data in another process
   */
  ImageDataGrid(String dataset, String scale, Path folder, boolean noFetch,
                Function<LatentStudySweep.DataSource, S> sweep) {
    this.dataset = dataset;
    this.scale = scale;
    this.folder = folder;
    this.noFetch = noFetch;
    this.sweep = sweep.apply(source(dataset, folder));
  }

  @Override
  public final S sweep() {
    return sweep;
  }

  @Override
  public final long seed() {
    return sweep.seed();
  }

  /** The grid's record in run.json: its name and scale, what the sweep describes, the data set and its folder. */
  @Override
  public final Map<String, Object> config() {
    Map<String, Object> m = SweepGrid.config(name(), scale, sweep.describe());
    m.put("data", dataset);
    m.put("dataDir", folder.toString());
    return m;
  }

  /** Where the sweep's cells read the data in another process (captures names only: it travels with the sweep). */
  private static LatentStudySweep.DataSource source(String dataset, Path folder) {
    String dir = folder.toString();
    return () -> read(dataset, dir);
  }

  /** Reads the data set here first (fetching it when missing, unless --no-fetch): a missing one is one line. */
  @Override
  public final void prepare(PrintWriter err) {
    LabeledData[] d = load(dataset, folder, noFetch, err);
    try {
      sweep.giveData(d[0], d[1]);
    } catch (IllegalArgumentException e) {
      throw new UserError(dataset + ": " + e.getMessage(), e);
    }
  }

  /** {train, test} of an image data set from {@code folder}; one that cannot be had is a one-line user error. */
  private static LabeledData[] load(String dataset, Path folder, boolean noFetch, PrintWriter err) {
    try {
      return ImageData.load(dataset, NoFetchOption.store(folder, noFetch, err));
    } catch (DatasetUnavailableException | DataFileException e) {
      throw new UserError(e.getMessage(), e);
    } catch (IOException e) {
      throw new UserError(dataset + ": " + e.getMessage(), e);
    }
  }

  /** What a cell on another machine reads: the data set from the folder, without fetching. */
  private static LabeledData[] read(String dataset, String folder) {
    try {
      return ImageData.load(dataset, new DataStore(Path.of(folder)).withFetching(false));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
