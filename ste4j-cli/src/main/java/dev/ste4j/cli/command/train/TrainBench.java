package dev.ste4j.cli.command.train;

import dev.ste4j.bench.Result;
import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.train.TrainingListener;
import dev.ste4j.nn.train.TrainingResult;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code train-bnn-mlp-mnist} workload: {@code ste train --model bnn-mlp --data mnist --epochs 1 --batch 256}
 * through the command's own preparation and trainer ({@link PreparedRun}), timed as
 * {@code shared/bench/pytorch_train_mnist.py} times its side: training samples per second over the epoch's steps,
 * the epoch's seconds including the evaluation on the test split, and the test accuracy. Only the run folder (report,
 * plots, checkpoint file) is left out, which PyTorch's script does not write either.
 */
public final class TrainBench {

  /** The workload's name, as {@code ste bench --workload} takes it. */
  public static final String NAME = "train-bnn-mlp-mnist";

  private TrainBench() {}

  /** Runs the workload with {@code threads} threads on MNIST from {@code dataDir} (null: the default data folder). */
  public static List<Result> bnnMlpMnist(int threads, Path dataDir, boolean noFetch, PrintWriter err) {
    Map<String, Object> values = new LinkedHashMap<>();
    values.put("model", "bnn-mlp");
    values.put("data", "mnist");
    values.put("epochs", 1);
    values.put("batch", 256);
    values.put("threads", threads);
    if (dataDir != null) {
      values.put("data_dir", dataDir.toString());
    }
    TrainConfig c = TrainConfig.fromMap("ste bench " + NAME, values);
    PreparedRun p = PreparedRun.of(c, noFetch, err);
    StepClock clock = new StepClock();
    TrainingResult r = p.trainer(c, clock, null, Map.of()).fit(p.data().train(), p.data().test(), null);
    double samplesPerSecond = p.data().train().size() / clock.seconds();
    return List.of(new Result(NAME, "train_samples_per_s", samplesPerSecond, 1),
        new Result(NAME, "epoch_seconds_with_eval", r.history().get(0).seconds(), 2),
        new Result(NAME, "test_accuracy", 100 * r.testAccuracy(), 2));
  }

  /** From the start of training to the end of its last step. */
  private static final class StepClock implements TrainingListener {
    private long t0;
    private long t1;

    @Override
    public void started(int epochs, int batchesPerEpoch, Checkpoint resumedFrom) {
      t0 = System.nanoTime();
    }

    @Override
    public void step(int epoch, int batch, int batchesPerEpoch, long step, double loss, double runningAccuracy) {
      t1 = System.nanoTime();
    }

    double seconds() {
      return (t1 - t0) / 1e9;
    }
  }
}
