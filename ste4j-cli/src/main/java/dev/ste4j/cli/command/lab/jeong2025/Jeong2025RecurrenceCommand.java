package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceExperiment;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ste lab jeong2025 recurrence}: escapes from and returns to the optimum under label noise. */
@Command(
    defaultValueProvider = Jeong2025RecurrenceCommand.Defaults.class,
    name = "recurrence",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Escapes from and returns to the optimum under label noise.",
        "It follows the Hamming distance between Q(w_t) and w* over t and reports return times, the fraction of time"
            + " at the optimum and how both change with the noise level and N, with the noiseless case beside it.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class Jeong2025RecurrenceCommand implements Callable<Integer> {

  @Option(names = "--n", paramLabel = "N", description = "Dimension n (default: ${DEFAULT-VALUE}).")
  int dimension;

  @Option(names = "--noise-levels", split = ",", paramLabel = "S",
      description = "Label-noise standard deviations s, increasing (default: ${DEFAULT-VALUE}).")
  List<Double> noiseLevels;

  @Mixin
  Jeong2025Inputs inputs;

  @Mixin
  Jeong2025Options options;

  /** The configuration the options describe. */
  RecurrenceConfig config() {
    return new RecurrenceConfig(
        options.model(dimension, 0, inputs.distribution, inputs.normalization), options.method(), noiseLevels,
        options.sizes, options.trials, options.seed);
  }

  @Override
  public Integer call() throws Exception {
    RecurrenceConfig config = config();
    long total = (long) config.noiseLevels().size() * config.sampleSizes().size() * config.trials();
    Jeong2025Run<?> run = new Jeong2025Run<>("recurrence", "Recurrence under label noise (Jeong, Xin, Yin 2025)",
        config.describe(), total, runner -> RecurrenceExperiment.run(config, runner), new Jeong2025Run.Rendering<>(
            Jeong2025RecurrenceReport::write, Jeong2025RecurrenceReport::summary));
    return options.run(run);
  }

  /** The option defaults: {@link RecurrenceConfig#quick}. */
  static final class Defaults extends Jeong2025Options.Defaults {
    Defaults() {
      super(RecurrenceConfig.quick(0), "dimension");
    }
  }
}
