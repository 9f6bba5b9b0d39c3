package dev.ste4j.bench;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.train.ModelHooks;
import dev.ste4j.nn.train.QuantizedModelHooks;
import dev.ste4j.nn.train.Trainer;
import dev.ste4j.nn.train.Training;
import dev.ste4j.nn.train.TrainingListener;
import dev.ste4j.tensor.random.Rng;
import java.util.Map;

/**
 * Times training steps of a library model through the library's {@link Trainer}, the code {@code ste train} runs:
 * batch assembly, the non-finite checks, forward, loss, backward, Adam (lr 1e-3), the kernel clip and the per-step
 * figures (loss, running accuracy), with {@code ste train}'s defaults. The data are random Gaussian
 * samples with random labels over 10 classes, {@code warmup + steps} batches in one epoch; the clock runs from the
 * end of the last warm-up step to the end of the last timed step, as the reference script times its steps.
 */
public final class LibraryTraining {

  private LibraryTraining() {}

  /** Training samples per second over {@code steps} timed steps after {@code warmup} untimed ones. */
  public static double samplesPerSecond(Module model, int[] sampleShape, int batch, int warmup, int steps) {
    Dataset data = randomData(sampleShape, batch * (warmup + steps), 0);
    StepClock clock = new StepClock(warmup, warmup + steps);
    trainer(model, batch, clock).fit(data, null, null);
    return batch * (double) steps / clock.seconds();
  }

  /** The trainer the bench steps: {@code ste train}'s defaults, one epoch of batches of {@code batch}. */
  static Trainer trainer(Module model, int batch, TrainingListener listener) {
    return Training.of(model).epochs(1).batchSize(batch).seed(0).hooks(new StepHooks()).listener(listener).trainer();
  }

  /**
   * {@code ste train}'s hooks for every step (the kernel clip after each update, the layers' random sources) without
   * the end-of-epoch probe: that probe (saturation and gradient mismatch on 256 samples, in float for the mismatch)
   * runs after the clock stops, so it adds nothing to the figure but took minutes per bnn-vgg-small run.
   */
  private static final class StepHooks implements ModelHooks {
    private final QuantizedModelHooks steTrain = new QuantizedModelHooks();

    @Override
    public void afterStep(Module model) {
      steTrain.afterStep(model);
    }

    @Override
    public Map<String, long[]> randomState(Module model) {
      return steTrain.randomState(model);
    }

    @Override
    public void restoreRandomState(Module model, Map<String, long[]> states) {
      steTrain.restoreRandomState(model, states);
    }
  }

  /** {@code n} Gaussian samples of {@code shape} with labels drawn uniformly from 10 classes. */
  static Dataset randomData(int[] shape, int n, long seed) {
    Rng rng = new Rng(seed);
    int size = 1;
    for (int d : shape) {
      size *= d;
    }
    float[] x = new float[n * size];
    rng.fillGaussian(x, 1f);
    int[] labels = new int[n];
    for (int i = 0; i < n; i++) {
      labels[i] = rng.nextInt(10);
    }
    return new Dataset("random", x, labels, shape.clone(), 10);
  }

  /** Notes the time at the end of two steps: the last warm-up step and the last timed one. */
  private static final class StepClock implements TrainingListener {
    private final long startStep;
    private final long endStep;
    private long t0;
    private long t1;

    StepClock(long startStep, long endStep) {
      this.startStep = startStep;
      this.endStep = endStep;
    }

    @Override
    public void started(int epochs, int batchesPerEpoch, Checkpoint resumedFrom) {
      t0 = System.nanoTime();
    }

    @Override
    public void step(int epoch, int batch, int batchesPerEpoch, long step, double loss, double runningAccuracy) {
      if (step == startStep) {
        t0 = System.nanoTime();
      } else if (step == endStep) {
        t1 = System.nanoTime();
      }
    }

    double seconds() {
      return (t1 - t0) / 1e9;
    }
  }
}
