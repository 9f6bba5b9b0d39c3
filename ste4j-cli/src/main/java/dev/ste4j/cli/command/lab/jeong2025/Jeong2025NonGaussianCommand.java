package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.lab.jeong2025.InputDistribution;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.NonGaussianExperiment;
import dev.ste4j.lab.jeong2025.Normalization;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab jeong2025 nongaussian}: recovery for non-Gaussian inputs without and with normalisation. */
@Command(
    name = "nongaussian",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Exact-recovery rates for non-Gaussian input distributions, raw and standardized per feature.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class Jeong2025NonGaussianCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--n", paramLabel = "N", description = "Dimension n (default: 48).")
  Integer dimension;

  @Option(names = "--distributions", split = ",", paramLabel = "NAME",
      description = "Input distributions (default: all: gaussian, uniform, rademacher, shifted_gaussian, "
          + "exponential, student_t3).")
  List<String> distributions;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Sample sizes N (default: 128,512).")
  List<Integer> sizes;

  @Option(names = "--trials", paramLabel = "K", description = "Trials per cell (default: 16).")
  Integer trials;

  @Option(names = "--noise", defaultValue = "0", paramLabel = "S",
      description = "Label-noise standard deviation s (default: ${DEFAULT-VALUE}).")
  double noise;

  @Mixin
  Jeong2025Options options;

  @Override
  public Integer call() throws Exception {
    NonGaussianConfig quick = NonGaussianConfig.quick(options.seed);
    int n = dimension != null ? dimension : quick.model().dimension();
    List<InputDistribution> dists = distributions == null ? quick.distributions()
        : distributions.stream().map(InputDistribution::parse).toList();
    NonGaussianConfig config = new NonGaussianConfig(options.model(n, noise, "gaussian", "none"), options.method(),
        dists, sizes != null ? sizes : quick.sampleSizes(), trials != null ? trials : quick.trials(), options.seed);
    long total = (long) config.distributions().size() * Normalization.values().length
        * config.sampleSizes().size() * config.trials();
    return options.run(new Jeong2025Run<>("nongaussian", "Non-Gaussian inputs and normalization (Jeong, Xin, Yin 2025)", config.describe(), total,
        runner -> NonGaussianExperiment.run(config, runner), new Jeong2025Run.Rendering<>(
            (r, run, section) -> Jeong2025NonGaussianReport.write(r, run, section, "nongaussian"), Jeong2025NonGaussianReport::summary)),
        spec.commandLine().getOut());
  }
}
