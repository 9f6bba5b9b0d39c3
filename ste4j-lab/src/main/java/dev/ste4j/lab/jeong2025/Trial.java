package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.random.Rng;

/**
 * One independent trial: draw a teacher and a sample, run the STE-gradient method.
 *
 * <p>The trial's source is split from the run seed by the trial's coordinates (e.g. n, N, trial index); from it four
 * streams are split by purpose — teacher, inputs, label noise, initialisation — so that a trial's result depends only
 * on the run seed, its coordinates and its configuration, never on which thread ran it or when.
 */
public final class Trial {

  private static final long TEACHER = 1;
  private static final long INPUTS = 2;
  private static final long NOISE = 3;
  private static final long INIT = 4;

  private Trial() {}

  /**
   * Runs one trial with N samples.
   *
   * @param source the trial's own source, {@code runRng.split(coordinates...)}
   */
  public static TrialOutcome run(ModelConfig model, MethodConfig method, int sampleSize, Rng source,
                                 boolean keepTrace) {
    Teacher teacher = Teacher.draw(model, method, source.split(TEACHER));
    Sample sample = Sample.draw(model, teacher, sampleSize, source.split(INPUTS), source.split(NOISE));
    return SteGradientMethod.run(model, method, teacher, sample, source.split(INIT), keepTrace);
  }
}
