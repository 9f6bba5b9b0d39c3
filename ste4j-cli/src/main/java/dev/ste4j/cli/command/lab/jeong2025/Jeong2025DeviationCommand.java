package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.ThreadsOption;
import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.jeong2025.DeviationConfig;
import dev.ste4j.lab.jeong2025.DeviationExperiment;
import dev.ste4j.lab.jeong2025.DeviationResult;
import dev.ste4j.lab.jeong2025.ModelConfig;
import dev.ste4j.lab.jeong2025.TrialRunner;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab jeong2025 deviation}: the uniform deviation of the empirical STE gradient over binary states. */
@Command(
    defaultValueProvider = Jeong2025DeviationCommand.Defaults.class,
    name = "deviation",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "The quantity the proof controls: max over binary states u of |ĝ_N(u) − g(u)|_∞ in units of the signal, "
            + "against n and N, and the N needed to bring it to a target.",
        "Noiseless Gaussian inputs, step activation, identity STE, v = v*. Defaults are the quick scale of "
            + "'ste reproduce --quick'."})
public final class Jeong2025DeviationCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--n", split = ",", paramLabel = "N", description = "Dimensions n (default: ${DEFAULT-VALUE}).")
  List<Integer> dimensions;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Sample sizes N (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--samples", paramLabel = "K",
      description = "Independent samples per (n, N) (default: ${DEFAULT-VALUE}).")
  int replicates;

  @Option(names = "--rows", paramLabel = "M",
      description = "Hidden units m of the teacher (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--exact-up-to", paramLabel = "N",
      description = "Largest n whose 2^n states are all enumerated; above, the search (default: ${DEFAULT-VALUE}).")
  int exactUpTo;

  @Option(names = "--random-states", paramLabel = "S",
      description = "Uniform states of the search, beside distance <= 2 from w* (default: ${DEFAULT-VALUE}).")
  int randomStates;

  @Option(names = "--target", paramLabel = "RHO",
      description = "Deviation whose crossing defines N_rho(n) (default: ${DEFAULT-VALUE}).")
  double target;

  @Option(names = "--bootstrap", paramLabel = "B", description = "Bootstrap replicates (default: ${DEFAULT-VALUE}).")
  int bootstrap;

  @Mixin
  ThreadsOption threads;

  @Mixin
  RunOptions run;

  /** The configuration the options describe. */
  DeviationConfig config() {
    return new DeviationConfig(ModelConfig.gaussian(dimensions.isEmpty() ? 1 : dimensions.get(0), rows), dimensions,
        sizes, replicates, exactUpTo, randomStates, target, bootstrap, run.seed);
  }

  @Override
  public Integer call() throws Exception {
    DeviationConfig config = config();
    int count = threads.count();
    return run.execute("lab jeong2025 deviation", "Uniform deviation of the STE gradient (Jeong, Xin, Yin 2025)",
        config.describe(), spec.commandLine().getOut(), (folder, section) -> {
          DeviationResult r = DeviationExperiment.run(config, new TrialRunner(count, null));
          Jeong2025DeviationReport.write(r, folder, section, "deviation");
          return Jeong2025DeviationReport.exponent(r.exponent());
        });
  }

  /** The option defaults: {@link DeviationConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(DeviationConfig.quick(0), new String[] {"--n=dimensions", "--sizes=sampleSizes", "--samples=replicates"});
    }
  }
}
