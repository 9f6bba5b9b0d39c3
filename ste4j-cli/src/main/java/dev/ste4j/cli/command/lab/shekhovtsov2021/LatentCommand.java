package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.Plural;
import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.cli.command.lab.SubsetOptions;
import dev.ste4j.lab.shekhovtsov2021.LabeledData;
import dev.ste4j.lab.shekhovtsov2021.LatentRule;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightConfig;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightTraining;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab shekhovtsov2021 latent}: experiment (b), latent-weight update rules on MNIST / Fashion-MNIST. */
@Command(
    name = "latent",
    mixinStandardHelpOptions = true,
    defaultValueProvider = LatentCommand.Defaults.class,
    description = {
        "Latent-weight update rules for a stochastic binary network with binary weights, on MNIST or Fashion-MNIST.",
        "It trains with mirror descent (eta -= lr*2*dL/dw), SGD on logits and projected SGD (BinaryConnect), and"
            + " compares the deterministic and the sampled-ensemble test accuracy.",
        "Defaults are the quick scale (a subset and few epochs). The data set must be in the data folder"
            + " (ste data fetch mnist)."})
public final class LatentCommand implements Callable<Integer> {

  @Mixin
  RunOptions run;

  @Option(names = "--data", paramLabel = "NAME",
      defaultValue = "mnist", description = "mnist or fashion-mnist (default ${DEFAULT-VALUE}).")
  String dataset;

  /** The old spelling, hidden: commands recorded before the rename still run. */
  @Option(names = "--dataset", hidden = true, paramLabel = "NAME")
  void datasetAlias(String name) {
    dataset = name;
  }

  @Mixin ImageDataOptions images;

  @Option(names = "--hidden", paramLabel = "N",
      split = ",", description = "Hidden widths (default ${DEFAULT-VALUE}).")
  int[] hidden;

  @Option(names = "--rules", paramLabel = "NAME", split = ",",
      description = "Rules compared (default ${DEFAULT-VALUE}).")
  List<String> rules;

  @Option(names = "--lr", paramLabel = "RATE", split = ",",
      description = "One step size per rule, in --rules order (default ${DEFAULT-VALUE}).")
  double[] lr;

  @Option(names = "--bias-lr", paramLabel = "RATE",
      description = "Bias step size (default ${DEFAULT-VALUE}).")
  double biasLr;

  @Option(names = "--epochs", paramLabel = "N", description = "Epochs (default ${DEFAULT-VALUE}).")
  int epochs;

  @Option(names = "--batch", paramLabel = "N",
      description = "Minibatch size (default ${DEFAULT-VALUE}).")
  int batch;

  @Option(names = "--gain", paramLabel = "X",
      description = "Pre-activation gain (default ${DEFAULT-VALUE}).")
  double gain;

  @Option(names = "--init-spread", paramLabel = "X",
      description = "Initial theta in 0.5 +- spread "
      + "(default ${DEFAULT-VALUE}).")
  double initSpread;

  @Option(names = "--ensemble", paramLabel = "N",
      description = "Sampled networks averaged (default ${DEFAULT-VALUE}).")
  int ensemble;

  @Mixin SubsetOptions subsets;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    LatentWeightConfig c = new LatentWeightConfig(hidden, rules.stream().map(LatentRule::parse).toList(), lr, biasLr,
        epochs, batch, gain, initSpread, ensemble, subsets.train, subsets.test, run.seed);
    LabeledData[] data = images.load(dataset, spec.commandLine().getErr());
    Map<String, Object> config = new LinkedHashMap<>(c.toMap());
    config.put("dataset", dataset);
    String note = subsets.reduced()
        ? "A reduced run on a subset (--train-limit " + subsets.train + ", --test-limit " + subsets.test + "), not the "
            + "paper's scale; use --train-limit 0 --test-limit 0 and more --epochs for full training."
        : "All training and test images.";
    return run.execute("lab shekhovtsov2021 latent", "Latent-weight rules on " + dataset, config,
        spec.commandLine().getOut(), (folder, section) -> {
          String summary = Shekhovtsov2021Figures.latent(LatentWeightTraining.run(c, data[0], data[1]), folder,
              section, "latent", note);
          if (subsets.reduced()) {
            int trainRows = subsets.train == 0 ? data[0].rows() : Math.min(subsets.train, data[0].rows());
            int testRows = subsets.test == 0 ? data[1].rows() : Math.min(subsets.test, data[1].rows());
            summary = "reduced run: " + trainRows + " training / " + testRows + " test images, "
                + Plural.of(epochs, "epoch") + "\n" + summary;
          }
          return summary;
        });
  }

  /** The option defaults: {@link LatentWeightConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(LatentWeightConfig.quick(0), new String[] {"--lr=learningRates", "--bias-lr=biasLearningRate",
          "--batch=batchSize", "--ensemble=ensembleSamples"});
    }
  }
}
