package dev.ste4j.lab.shekhovtsov2021;

import dev.ste4j.lab.sweep.LocalEngine;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.List;

/**
 * The latent-weight study ({@link LatentStudyConfig}): a validation sweep picks each rule's step size by the same
 * procedure, then every rule trains from several seeds and is tested; the curves carry the weight diagnostic
 * ({@link WeightStats}) after every epoch.
 *
 * <p>Sweep runs and training runs are the cells of a {@link LatentStudySweep}, run in parallel; each derives its random
 * streams from its own seed only, so the result does not depend on the thread count or the engine.
 */
public final class LatentStudy {

  private LatentStudy() {}

  /** One sweep point: a rule's candidate rate and its held-out deterministic accuracy. */
  public record SweepRow(String rule, double rate, double validationAccuracy, double seconds)
      implements java.io.Serializable {}

  /** One training run of a rule from one seed. */
  public record Run(String rule, long seed, double rate, List<EpochRow> curve, double seconds)
      implements java.io.Serializable {

    public EpochRow last() {
      return curve.get(curve.size() - 1);
    }
  }

  /** Runs every cell of {@link LatentStudySweep} on this process's kernel threads. */
  public static LatentStudyResult run(LatentStudyConfig c, LabeledData train, LabeledData test) {
    long t0 = System.nanoTime();
    LatentStudySweep sweep = LatentStudySweep.inProcess(c, train, test);
    List<LatentStudySweep.Outcome> results = SweepResults.run(sweep, new LocalEngine(Parallel.threads()), null);
    return sweep.result(results, (System.nanoTime() - t0) / 1e9);
  }
}
