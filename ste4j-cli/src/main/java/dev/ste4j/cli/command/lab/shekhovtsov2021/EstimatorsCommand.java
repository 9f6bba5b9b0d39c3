package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.lab.ConfigDefaults;
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
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab shekhovtsov2021 estimators}: experiment (a), estimator accuracy against exact gradients. Every
 * default is that of {@link EstimatorAccuracyConfig#quick}, which also refuses networks too large to enumerate.
 */
@Command(
    name = "estimators",
    mixinStandardHelpOptions = true,
    defaultValueProvider = EstimatorsCommand.Defaults.class,
    description = {
        "Bias, variance, RMSE and cosine similarity of gradient estimators against the exact gradient.",
        "The estimators (ST, hard ST, deterministic STEs, REINFORCE, ARM and Concrete) are measured on a small"
            + " stochastic"
            + " binary network, per layer, against the number of samples and during training.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class EstimatorsCommand implements Callable<Integer> {

  @Mixin
  RunOptions run;

  @Option(names = "--widths", paramLabel = "N", split = ",",
      description = "Input, hidden…, classes (default ${DEFAULT-VALUE}); hidden units are enumerated.")
  int[] widths;

  @Option(names = "--noise", paramLabel = "NAME",
      description = "logistic or uniform (default ${DEFAULT-VALUE}).")
  String noise;

  @Option(names = "--noise-scale", paramLabel = "X",
      description = "Noise scale (default ${DEFAULT-VALUE}).")
  double noiseScale;

  @Option(names = "--examples", paramLabel = "N",
      description = "Batch size (default ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--snapshots", paramLabel = "N", split = ",",
      description = "Training steps measured (default ${DEFAULT-VALUE}).")
  int[] snapshots;

  @Option(names = "--lr", paramLabel = "RATE",
      description = "SGD step between snapshots (default ${DEFAULT-VALUE}).")
  double lr;

  @Option(names = "--samples", paramLabel = "N", split = ",",
      description = "Sample counts N averaged (default ${DEFAULT-VALUE}).")
  int[] samples;

  @Option(names = "--trials", paramLabel = "N",
      description = "Monte Carlo trials per N (default ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--estimators", paramLabel = "NAME", split = ",",
      description = "Estimators compared (default ${DEFAULT-VALUE}); also reinforce_no_baseline, concrete:TAU.")
  List<String> estimators;

  @Option(names = "--temperature", paramLabel = "T",
      description = "Concrete temperature (default ${DEFAULT-VALUE}).")
  double temperature;

  @Option(names = "--relaxed-samples", paramLabel = "N",
      description = "Draws per example for the Concrete moments (default ${DEFAULT-VALUE}).")
  int relaxedSamples;

  @Option(names = "--bernoulli-weights", paramLabel = "true|false", arity = "0..1", fallbackValue = "true",
      description = "Bernoulli +-1 weights with latent logits, enumerated with the units (default ${DEFAULT-VALUE}).")
  boolean bernoulliWeights;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EstimatorAccuracyConfig c = new EstimatorAccuracyConfig(widths, NoiseKind.parse(noise), noiseScale, examples,
        snapshots, lr, samples, trials, temperature, relaxedSamples, run.seed, bernoulliWeights);
    List<Estimator> chosen = estimators.stream()
        .map(n -> n.equals("concrete") ? new Concrete(temperature) : Estimators.parse(n)).toList();
    Map<String, Object> config = new LinkedHashMap<>(c.toMap());
    config.put("estimators", chosen.stream().map(Estimator::name).toList().toString());
    return run.execute("lab shekhovtsov2021 estimators", "Estimator accuracy against exact gradients", config,
        spec.commandLine().getOut(), (folder, section) -> Shekhovtsov2021Figures.estimators(
            EstimatorAccuracy.run(c, chosen), folder, section, "estimators"));
  }

  /**
   * The option defaults: {@link EstimatorAccuracyConfig#quick}, and the lab's standard estimators
   * ({@link Estimators#standard}) with the Concrete relaxation at {@code --temperature}.
   */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(EstimatorAccuracyConfig.quick(0), new String[] {"--lr=learningRate", "--samples=sampleCounts"},
          "--estimators", Estimators.standard(1).stream().map(e -> e instanceof Concrete ? "concrete" : e.name())
              .toList());
    }
  }
}
