package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.ThreadsOption;
import dev.ste4j.lab.shekhovtsov2021.ImageData;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.lab.shekhovtsov2021.LatentStudy;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyConfig;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab shekhovtsov2021 study}: the latent-weight study — a validation sweep of each rule's step size, then
 * several seeds per rule on whole data sets, with the weight diagnostic.
 */
@Command(
    name = "study",
    mixinStandardHelpOptions = true,
    description = {
        "Latent-weight study: mirror descent, SGD on logits and projected SGD, each with its step size from the same"
            + " validation sweep, several seeds per rule, on MNIST and/or Fashion-MNIST.",
        "--scale quick is a reduced run (3,000 training images, hidden 64,32, 2 epochs); --scale full uses all"
            + " 60,000 training images (hidden 128,64, 4 epochs, 3 seeds)."})
public final class StudyCommand implements Callable<Integer> {

  @Mixin
  RunOptions run;

  @Mixin
  ThreadsOption threads;

  @Option(names = "--data", paramLabel = "NAME", split = ",", defaultValue = "mnist,fashion-mnist",
      description = "Data sets, in order (default ${DEFAULT-VALUE}).")
  List<String> datasets;

  @Mixin ImageDataOptions images;

  @Option(names = "--scale", paramLabel = "quick|full", defaultValue = "quick",
      description = "quick (reduced) or full (default ${DEFAULT-VALUE}).")
  String scale;

  @Option(names = "--seeds", paramLabel = "N", description = "Seeds per rule (default: the scale's).")
  Integer seeds;

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default: the scale's).")
  Integer epochs;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    if (!scale.equals("quick") && !scale.equals("full")) {
      throw new UserError("--scale must be quick or full, got \"" + scale + "\"");
    }
    for (String d : datasets) {
      if (!ImageData.NAMES.contains(d)) {
        throw new UserError("--data: unknown data set \"" + d + "\"; known: " + ImageData.NAMES);
      }
    }
    LatentStudyConfig c = configure(scale.equals("full") ? LatentStudyConfig.full(run.seed)
        : LatentStudyConfig.quick(run.seed), seeds, epochs);
    Map<String, Object> config = new LinkedHashMap<>(c.toMap());
    config.put("data", datasets.toString());
    config.put("scale", scale);
    try (Parallel.Scope scoped = threads.scope()) {
      config.put("threads", Parallel.threads());
      String note = scale.equals("full") ? "Full scale: all training and test images."
          : "Quick scale: a reduced run (" + c.trainLimit() + " training and " + c.testLimit() + " test images), "
              + "not the paper's.";
      return run.execute("lab shekhovtsov2021 study", "Latent-weight study", config, spec.commandLine().getOut(),
          (folder, section) -> {
            StringBuilder summary = new StringBuilder();
            for (String d : datasets) {
              LabeledData[] data = images.load(d, spec.commandLine().getErr());
              summary.append(LatentStudyFigures.study(LatentStudy.run(c, data[0], data[1]), folder, section,
                  "study-" + d, note)).append('\n');
            }
            return summary.toString().strip();
          });
    }
  }

  /** The scale's configuration with --seeds and --epochs applied where given. */
  static LatentStudyConfig configure(LatentStudyConfig c, Integer seeds, Integer epochs) {
    try {
      return new LatentStudyConfig(c.hidden(), c.rules(), c.baseRates(), c.multipliers(), c.biasLearningRate(),
          epochs == null ? c.epochs() : epochs, c.batchSize(), c.gain(), c.initSpread(), c.ensembleSamples(),
          seeds == null ? c.seeds() : seeds, c.validation(), c.sweepTrain(), c.sweepEpochs(), c.trainLimit(),
          c.testLimit(), c.seed());
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage(), e);
    }
  }
}
