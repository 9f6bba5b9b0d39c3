package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.lab.shekhovtsov2021.Concrete;
import dev.ste4j.lab.shekhovtsov2021.Estimator;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracy;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyConfig;
import dev.ste4j.lab.shekhovtsov2021.Estimators;
import dev.ste4j.lab.shekhovtsov2021.NoiseKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import dev.ste4j.cli.command.RunOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab shekhovtsov2021 estimators}: experiment (a), estimator accuracy against exact gradients. */
@Command(
    name = "estimators",
    mixinStandardHelpOptions = true,
    description = {
        "Bias, variance, RMSE and cosine similarity of gradient estimators against the exact gradient.",
        "The estimators (ST, hard ST, deterministic STEs, REINFORCE and Concrete) are measured on a small stochastic"
            + " binary network, per layer, against the number of samples and during training.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class EstimatorsCommand implements Callable<Integer> {

  @Mixin
  RunOptions run;

  @Option(names = "--widths", paramLabel = "N", split = ",", defaultValue = "8,6,6,3",
      description = "Input, hidden…, classes (default ${DEFAULT-VALUE}); hidden units are enumerated.")
  int[] widths;

  @Option(names = "--noise", paramLabel = "NAME",
      defaultValue = "logistic", description = "logistic or uniform (default ${DEFAULT-VALUE}).")
  String noise;

  @Option(names = "--noise-scale", paramLabel = "X",
      defaultValue = "1", description = "Noise scale (default ${DEFAULT-VALUE}).")
  double noiseScale;

  @Option(names = "--examples", paramLabel = "N",
      defaultValue = "16", description = "Batch size (default ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--snapshots", paramLabel = "N", split = ",", defaultValue = "0,100,400",
      description = "Training steps measured (default ${DEFAULT-VALUE}).")
  int[] snapshots;

  @Option(names = "--lr", paramLabel = "RATE",
      defaultValue = "0.1", description = "SGD step between snapshots (default ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--samples", paramLabel = "N", split = ",", defaultValue = "1,4,16,64",
      description = "Sample counts N averaged (default ${DEFAULT-VALUE}).")
  int[] samples;

  @Option(names = "--trials", paramLabel = "N",
      defaultValue = "32", description = "Monte Carlo trials per N (default ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--estimators", paramLabel = "NAME", split = ",",
      defaultValue = "st,hard_st,ste_identity,ste_clipped,reinforce,concrete",
      description = "Estimators compared (default ${DEFAULT-VALUE}); also reinforce_no_baseline, concrete:TAU.")
  List<String> estimators;

  @Option(names = "--temperature", paramLabel = "T",
      defaultValue = "0.5", description = "Concrete temperature (default ${DEFAULT-VALUE}).")
  double temperature;

  @Option(names = "--relaxed-samples", paramLabel = "N", defaultValue = "2000",
      description = "Draws per example for the Concrete moments (default ${DEFAULT-VALUE}).")
  int relaxedSamples;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(widths, NoiseKind.parse(noise), noiseScale, examples,
        snapshots, lr, samples, trials, temperature, relaxedSamples, run.seed);
    List<Estimator> chosen = estimators.stream()
        .map(n -> n.equals("concrete") ? new Concrete(temperature) : Estimators.parse(n)).toList();
    int hidden = 0;
    for (int k = 1; k < widths.length - 1; k++) {
      hidden += widths[k];
    }
    if (hidden > 24) {
      throw new IllegalArgumentException("--widths " + java.util.Arrays.toString(widths) + " has " + hidden
          + " hidden units: 2^" + hidden + " states per example is too many for this experiment (at most 24)");
    }
    Map<String, Object> config = new LinkedHashMap<>(c.toMap());
    config.put("estimators", chosen.stream().map(Estimator::name).toList().toString());
    return run.execute("lab shekhovtsov2021 estimators", "Estimator accuracy against exact gradients", config,
        spec.commandLine().getOut(), (folder, section) -> Shekhovtsov2021Figures.estimators(
            EstimatorAccuracy.run(c, chosen), folder, section, "estimators"));
  }
}
