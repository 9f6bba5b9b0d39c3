package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.InstabilityExperiment;
import dev.ste4j.lab.yin2019.InstabilityNorm;
import dev.ste4j.lab.yin2019.InstabilityResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ste lab yin2019 instability}: experiment (b); defaults are the quick scale. */
@Command(defaultValueProvider = Yin2019InstabilityCommand.Defaults.class,
    name = "instability", mixinStandardHelpOptions = true,
    description = "The identity STE at the spurious minimizer: its coarse-gradient norm against the paper's value, "
        + "runs leaving it (ReLU and clipped ReLU stay), and the descent ratio as theta -> pi.")
public final class Yin2019InstabilityCommand extends Yin2019Experiment<InstabilityConfig, InstabilityResult> {

  @Option(names = "--ms", paramLabel = "N", split = ",",
      description = "Values of m, comma-separated (default: ${DEFAULT-VALUE}).") int[] ms;
  @Option(names = "--n", paramLabel = "N",
      description = "Patch dimension n (default: ${DEFAULT-VALUE}).") int n;
  @Option(names = "--iterations", paramLabel = "N",
      description = "Iterations (default: ${DEFAULT-VALUE}).")
  int iterations;
  @Option(names = "--step-size", paramLabel = "ETA",
      description = "Step size (default: ${DEFAULT-VALUE}).")
  double stepSize;
  @Option(names = "--perturbation", paramLabel = "X",
      description = "Angle delta of the perturbed start theta = pi - delta (default: ${DEFAULT-VALUE}).")
  double perturbation;
  @Option(names = "--gaps", paramLabel = "X", split = ",",
      description = "Values of pi - theta for the descent ratio (default: ${DEFAULT-VALUE}).") double[] gaps;
  @Option(names = "--record-every", paramLabel = "K",
      description = "Record every k iterations (default: "
      + "${DEFAULT-VALUE}).") int recordEvery;

  public Yin2019InstabilityCommand() {
    super("lab yin2019 instability", "Yin et al. (2019) — identity-STE instability",
        InstabilityExperiment::run, InstabilityView::render);
  }

  @Override
  InstabilityConfig config() {
    return new InstabilityConfig(ms, n, iterations, stepSize, perturbation, gaps, recordEvery, lab.seed);
  }

  @Override
  String summary(InstabilityResult r) {
    StringBuilder b = new StringBuilder("|E g_id| at the spurious minimizer vs paper:");
    for (InstabilityNorm x : r.norms()) {
      b.append(String.format(" m=%d %.6g/%.6g", x.m(), x.identity(), x.paperIdentity()));
    }
    return b.toString();
  }

  /** The option defaults: the quick scale, {@link InstabilityConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(InstabilityConfig.quick(0), new String[0]);
    }
  }
}
