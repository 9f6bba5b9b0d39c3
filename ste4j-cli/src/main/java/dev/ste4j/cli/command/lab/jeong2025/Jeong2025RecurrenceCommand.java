package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import dev.ste4j.lab.jeong2025.RecurrenceExperiment;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab jeong2025 recurrence}: escapes from and returns to the optimum under label noise. */
@Command(
    name = "recurrence",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Escapes from and returns to the optimum under label noise.",
        "It follows the Hamming distance between Q(w_t) and w* over t and reports return times, the fraction of time"
            + " at the optimum and how both change with the noise level and N, with the noiseless case beside it.",
        "Defaults are the quick scale of 'ste reproduce --quick'."})
public final class Jeong2025RecurrenceCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--n", paramLabel = "N", description = "Dimension n (default: 16).")
  Integer dimension;

  @Option(names = "--noise-levels", split = ",", paramLabel = "S",
      description = "Label-noise standard deviations s, increasing (default: 0,0.05,0.1,0.2).")
  List<Double> noiseLevels;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Sample sizes N (default: 128,512).")
  List<Integer> sizes;

  @Option(names = "--trials", paramLabel = "K", description = "Trials per (s, N) (default: 16).")
  Integer trials;

  @Option(names = "--distribution", defaultValue = "gaussian", paramLabel = "NAME",
      description = "Input distribution (default: ${DEFAULT-VALUE}).")
  String distribution;

  @Option(names = "--normalization", defaultValue = "none", paramLabel = "NAME",
      description = "Input normalization: none or standardize (default: ${DEFAULT-VALUE}).")
  String normalization;

  @Mixin
  Jeong2025Options options;

  @Override
  public Integer call() throws Exception {
    RecurrenceConfig quick = RecurrenceConfig.quick(options.seed);
    int n = dimension != null ? dimension : quick.model().dimension();
    RecurrenceConfig config = new RecurrenceConfig(options.model(n, 0, distribution, normalization),
        options.method(), noiseLevels != null ? noiseLevels : quick.noiseLevels(),
        sizes != null ? sizes : quick.sampleSizes(), trials != null ? trials : quick.trials(), options.seed);
    long total = (long) config.noiseLevels().size() * config.sampleSizes().size() * config.trials();
    return options.run(new Jeong2025Run<>("recurrence", "Recurrence under label noise (Jeong, Xin, Yin 2025)", config.describe(), total,
        runner -> RecurrenceExperiment.run(config, runner), new Jeong2025Run.Rendering<>(
            (r, run, section) -> Jeong2025RecurrenceReport.write(r, run, section, "recurrence"), Jeong2025RecurrenceReport::summary)),
        spec.commandLine().getOut());
  }
}
