package dev.ste4j.cli.command.train;

import dev.ste4j.cli.UserError;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.optim.Optimizer;
import dev.ste4j.nn.schedule.Schedule;
import dev.ste4j.nn.train.QuantizedModelHooks;
import dev.ste4j.nn.train.Trainer;
import dev.ste4j.nn.train.Training;
import dev.ste4j.nn.train.TrainingListener;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;

/**
 * Everything {@code ste train} builds from its {@link TrainConfig} before the run folder exists, so bad input leaves
 * no folder behind: the data as the model sees it, the model, its optimizer and schedule.
 */
record PreparedRun(TrainTest data, ModelConfig modelConfig, Module model, Optimizer optimizer, Schedule schedule,
                   int batches, Preprocessing preprocessing) {

  /** Loads the data (fetching unless {@code noFetch}, progress to {@code err}) and builds the run's parts. */
  static PreparedRun of(TrainConfig c, boolean noFetch, PrintWriter err) {
    Parallel.setThreads(c.threads());
    TrainingSetup.Standardized standardized = TrainingSetup.data(c, TrainingSetup.store(c, noFetch, err));
    TrainTest raw = standardized.data();
    ModelConfig mc = TrainingSetup.modelConfig(c, raw.train().numClasses());
    Module m = TrainingSetup.model(c, mc);
    TrainTest data = new TrainTest(TrainingSetup.fit(raw.train(), c.model(), mc),
        TrainingSetup.fit(raw.test(), c.model(), mc));
    if (!c.training().augmentation().isIdentity() && data.train().sampleShape().length != 3) {
      throw new UserError("augment: the random crop needs image samples [C, H, W]; model " + c.model() + " sees "
          + Arrays.toString(data.train().sampleShape()) + " (give it model_options input_shape, e.g. 1x28x28)");
    }
    Optimizer opt = c.training().buildOptimizer(m);
    int batches = c.options().batchesPerEpoch(data.train().size());
    if (batches == 0) {
      throw new UserError("--batch " + c.options().batchSize() + ": the " + data.train().size() + " training samples"
          + " make no batch under --last-batch " + c.options().lastBatch().key());
    }
    Schedule s = c.training().schedule().build(batches, c.options().epochs());
    return new PreparedRun(data, mc, m, opt, s, batches, standardized.preprocessing());
  }

  /** The trainer of this run, keeping its checkpoint in {@code checkpoint} with these facts. */
  Trainer trainer(TrainConfig c, TrainingListener listener, Path checkpoint, Map<String, String> metadata) {
    return Training.of(model).config(c.training()).modelId(TrainingSetup.modelId(c, modelConfig)).optimizer(optimizer)
        .schedule(schedule).hooks(new QuantizedModelHooks()).listener(listener).checkpointTo(checkpoint)
        .metadata(metadata).trainer();
  }
}
