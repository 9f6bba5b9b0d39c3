package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.PhaseExperiment;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ste lab jeong2025 phase}: the recovery phase diagram, thresholds N*(n) and the exponent k. */
@Command(
    defaultValueProvider = Jeong2025PhaseCommand.Defaults.class,
    name = "phase",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "The recovery phase diagram: exact-recovery probability of w* over dimension n and sample size N.",
        "It reports the last and the averaged iterate, the threshold N*(n) at each recovery level (50%%, 90%%, 99%%)"
            + " with bootstrap intervals, and the exponent k in N* ~ n^k per level with its interval.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class Jeong2025PhaseCommand implements Callable<Integer> {

  @Option(names = "--n", split = ",", paramLabel = "N",
      description = "Dimensions n (default: ${DEFAULT-VALUE}, √2 spacing).")
  List<Integer> dimensions;

  @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Option(names = "--levels", split = ",", paramLabel = "P",
      description = "Recovery levels of the thresholds N*(n), in (0, 1) (default: ${DEFAULT-VALUE}).")
  List<Double> levels;

  @Option(names = "--noise", paramLabel = "S",
      description = "Label-noise standard deviation s (default: ${DEFAULT-VALUE}).")
  double noise;

  @Mixin
  Jeong2025Inputs inputs;

  @Mixin
  Jeong2025Options options;

  /** The configuration the options describe. */
  PhaseConfig config() {
    return new PhaseConfig(
        options.model(dimensions.isEmpty() ? 1 : dimensions.get(0), noise, inputs.distribution,
            inputs.normalization),
        options.method(), dimensions, options.sizes, options.trials, bootstrap, levels, options.seed);
  }

  @Override
  public Integer call() throws Exception {
    PhaseConfig config = config();
    long total = (long) config.dimensions().size() * config.sampleSizes().size() * config.trials();
    Jeong2025Run<?> run = new Jeong2025Run<>("phase", "Recovery phase diagram (Jeong, Xin, Yin 2025)",
        config.describe(), total, runner -> PhaseExperiment.run(config, runner), new Jeong2025Run.Rendering<>(
            Jeong2025PhaseReport::write, Jeong2025PhaseReport::summary));
    return options.run(run);
  }

  /** The option defaults: {@link PhaseConfig#quick}. */
  static final class Defaults extends Jeong2025Options.Defaults {
    Defaults() {
      super(PhaseConfig.quick(0), "dimensions");
    }
  }
}
