package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.Sweep;
import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A sweep whose cells train on an image data set read once per process ({@link LatentWeightSweep},
 * {@link LatentStudySweep}): the process that reads the data hands it over, the others read it from the sweep's
 * {@link LatentStudySweep.DataSource}. This class owns what such sweeps share: the cells, the data, the
 * configuration as run.json records it and the root seed.
 */
public abstract class ImageDataSweep<C extends Serializable, R extends Serializable> implements Sweep<C, R> {

  private static final long serialVersionUID = 1L;

  private final List<C> cells;
  private final LatentSweepData data;
  private final Map<String, Object> description;
  private final long seed;

  ImageDataSweep(List<C> cells, LatentSweepData data, Map<String, Object> description, long seed) {
    this.cells = List.copyOf(cells);
    this.data = data;
    // Kept in its insertion order: run.json lists the configuration as the config's toMap() does.
    this.description = Collections.unmodifiableMap(new LinkedHashMap<>(description));
    this.seed = seed;
  }

  @Override
  public final List<C> cells() {
    return cells;
  }

  /** Gives this process's cells {train, test}, read already the way the source reads them. */
  public final void giveData(LabeledData train, LabeledData test) {
    data.give(train, test);
  }

  /** The configuration as run.json records it. */
  public final Map<String, Object> describe() {
    return description;
  }

  /** The root seed of every cell. */
  public final long seed() {
    return seed;
  }

  /** {train, test}: those given, else read from the source (once per process). */
  final LabeledData[] data() {
    return data.get();
  }
}
