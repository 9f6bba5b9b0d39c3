package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.Sweep;
import java.io.Serializable;
import java.util.Map;

/**
 * A sweep whose cells train on an image data set read once per process ({@link LatentWeightSweep},
 * {@link LatentStudySweep}): the process that reads the data hands it over, the others read it from the sweep's
 * {@link LatentStudySweep.DataSource}.
 */
public interface ImageDataSweep<C extends Serializable, R extends Serializable> extends Sweep<C, R> {

  /** Gives this process's cells {train, test}, read already the way the source reads them. */
  void giveData(LabeledData train, LabeledData test);

  /** The configuration as run.json records it. */
  Map<String, Object> describe();

  /** The root seed of every cell. */
  long seed();
}
