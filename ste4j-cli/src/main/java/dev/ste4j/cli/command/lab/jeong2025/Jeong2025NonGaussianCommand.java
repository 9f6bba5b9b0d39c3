package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.lab.jeong2025.InputDistribution;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianExperiment;
import dev.ste4j.lab.jeong2025.Normalization;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ste lab jeong2025 nongaussian}: recovery for non-Gaussian inputs without and with normalisation. */
@Command(
    defaultValueProvider = Jeong2025NonGaussianCommand.Defaults.class,
    name = "nongaussian",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Exact-recovery rates for non-Gaussian input distributions, raw and standardized per feature.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class Jeong2025NonGaussianCommand implements Callable<Integer> {

  @Option(names = "--n", paramLabel = "N", description = "Dimension n (default: ${DEFAULT-VALUE}).")
  int dimension;

  @Option(names = "--distributions", split = ",", paramLabel = "NAME",
      description = "Input distributions (default: ${DEFAULT-VALUE}).")
  List<String> distributions;

  @Option(names = "--noise", paramLabel = "S",
      description = "Label-noise standard deviation s (default: ${DEFAULT-VALUE}).")
  double noise;

  @Mixin
  Jeong2025Options options;

  /** The configuration the options describe. */
  NonGaussianConfig config() {
    return new NonGaussianConfig(options.model(dimension, noise, "gaussian", "none"),
        options.method(), distributions.stream().map(InputDistribution::parse).toList(), options.sizes,
        options.trials, options.seed);
  }

  @Override
  public Integer call() throws Exception {
    NonGaussianConfig config = config();
    long total = (long) config.distributions().size() * Normalization.values().length
        * config.sampleSizes().size() * config.trials();
    Jeong2025Run<?> run = new Jeong2025Run<>("nongaussian",
        "Non-Gaussian inputs and normalization (Jeong, Xin, Yin 2025)", config.describe(), total,
        runner -> NonGaussianExperiment.run(config, runner), new Jeong2025Run.Rendering<>(
            Jeong2025NonGaussianReport::write, Jeong2025NonGaussianReport::summary));
    return options.run(run);
  }

  /** The option defaults: {@link NonGaussianConfig#quick}. */
  static final class Defaults extends Jeong2025Options.Defaults {
    Defaults() {
      super(NonGaussianConfig.quick(0), "dimension");
    }
  }
}
