package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.ConvergenceExperiment;
import dev.ste4j.lab.yin2019.ConvergenceResult;
import dev.ste4j.lab.yin2019.ConvergenceSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ste lab yin2019 convergence}: experiment (a); defaults are the quick scale. */
@Command(defaultValueProvider = Yin2019ConvergenceCommand.Defaults.class,
    name = "convergence", mixinStandardHelpOptions = true,
    description = "Coarse gradient descent from random starts and under Theorem 2's conditions, per STE, population "
        + "and empirical: loss and theta against iterations, fraction reaching the global minimum.")
public final class Yin2019ConvergenceCommand extends Yin2019Experiment<ConvergenceConfig, ConvergenceResult> {

  @Mixin PatchShape patch;
  @Option(names = "--runs", paramLabel = "N",
      description = "Population runs (default: ${DEFAULT-VALUE}).")
  int runs;
  @Option(names = "--iterations", paramLabel = "N",
      description = "Population iterations (default: "
      + "${DEFAULT-VALUE}).") int iterations;
  @Option(names = "--step-size", paramLabel = "ETA",
      description = "Step size (default: ${DEFAULT-VALUE}).")
  double stepSize;
  @Option(names = "--empirical-runs", paramLabel = "N",
      description = "Empirical runs (default: ${DEFAULT-VALUE}).")
  int empiricalRuns;
  @Option(names = "--empirical-iterations", paramLabel = "N",
      description = "Empirical iterations (default: ${DEFAULT-VALUE}).") int empiricalIterations;
  @Option(names = "--samples", paramLabel = "N",
      description = "Samples N of the empirical version (default: "
      + "${DEFAULT-VALUE}).") int samples;
  @Option(names = "--record-every", paramLabel = "K",
      description = "Record every k iterations (default: "
      + "${DEFAULT-VALUE}).") int recordEvery;

  public Yin2019ConvergenceCommand() {
    super("lab yin2019 convergence", "Yin et al. (2019) — coarse gradient descent",
        ConvergenceExperiment::run, ConvergenceView::render);
  }

  @Override
  ConvergenceConfig config() {
    return new ConvergenceConfig(patch.m, patch.n, runs, iterations, stepSize, empiricalRuns, empiricalIterations,
        samples, recordEvery, lab.seed);
  }

  @Override
  String summary(ConvergenceResult r) {
    StringBuilder b = new StringBuilder("fraction reaching the global minimum (population, random starts):");
    for (ConvergenceSummary s : r.summaries()) {
      if (s.mode().equals("population") && s.start().equals("random")) {
        b.append(String.format(" %s %.2f", s.ste().key(), s.global()));
      }
    }
    return b.toString();
  }

  /** The option defaults: the quick scale, {@link ConvergenceConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(ConvergenceConfig.quick(0), new String[0]);
    }
  }
}
