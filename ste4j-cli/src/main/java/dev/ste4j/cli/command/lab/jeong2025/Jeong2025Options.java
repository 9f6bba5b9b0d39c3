package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.ThreadsOption;
import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.jeong2025.Activation;
import dev.ste4j.lab.jeong2025.Initialization;
import dev.ste4j.lab.jeong2025.InputDistribution;
import dev.ste4j.lab.jeong2025.MethodConfig;
import dev.ste4j.lab.jeong2025.ModelConfig;
import dev.ste4j.lab.jeong2025.Normalization;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The options every {@code ste lab jeong2025} experiment shares: the sample sizes and trials of its grid, the model
 * family, the STE-gradient method, the seed, the output folder ({@link RunOptions}) and the thread count. Every trial's
 * randomness is split from the seed by the trial's coordinates. Defaults are the lab's ({@link PhaseConfig#defaultMethod()}, {@link ModelConfig#gaussian}), read
 * from each experiment's quick configuration by its {@link Defaults}. Names are checked by the lab's parsers, whose
 * messages list the known values.
 */
public final class Jeong2025Options extends RunOptions {

  @Mixin
  ThreadsOption threads;

  /** The command these options are mixed into, for its standard output. */
  @Spec(Spec.Target.MIXEE)
  CommandSpec command;

  @Option(names = "--sizes", split = ",", paramLabel = "N", description = "Sample sizes N (default: ${DEFAULT-VALUE}).")
  List<Integer> sizes;

  @Option(names = "--trials", paramLabel = "K",
      description = "Trials per cell of the grid (default: ${DEFAULT-VALUE}).")
  int trials;

  @Option(names = "--rows", paramLabel = "M",
      description = "Patches m per sample (rows of Z) and width of the second layer (default: ${DEFAULT-VALUE}).")
  int rows;

  @Option(names = "--activation", paramLabel = "NAME",
      description = "Binary activation σ: step (1{x>0}) or sign (default: ${DEFAULT-VALUE}).")
  String activation;

  @Option(names = "--v-star", split = ",", paramLabel = "V",
      description = "Teacher's second layer v*, m comma-separated values (default: all ones).")
  List<Double> secondLayer;

  @Option(names = "--ste", paramLabel = "NAME",
      description = "Straight-through estimator μ': identity, relu or clipped_relu (default: ${DEFAULT-VALUE}).")
  String ste;

  @Option(names = "--clip", paramLabel = "C",
      description = "Clip level c of clipped_relu in units of √n, the standard deviation of z·Q(w): the STE passes "
          + "0 < z·Q(w) < c·√n (default: ${DEFAULT-VALUE}).")
  double clip;

  @Option(names = "--step-size", paramLabel = "ETA",
      description = "Step size η (default: ${DEFAULT-VALUE}).")
  double stepSize;

  @Option(names = {"--iterations", "-T"}, paramLabel = "T",
      description = "Iterations T per trial (default: ${DEFAULT-VALUE}).")
  int iterations;

  @Option(names = "--init", paramLabel = "NAME",
      description = "Start of the latent weights: zero (Q(w0) = all +1) or gaussian (default: ${DEFAULT-VALUE}).")
  String init;

  @Option(names = "--init-scale", paramLabel = "S",
      description = "Standard deviation of a gaussian start (default: ${DEFAULT-VALUE}).")
  double initScale;

  @Option(names = "--train-v", description = "Train the second layer v with its true gradient (default: v = v*).")
  boolean trainSecondLayer;

  /**
   * The option defaults of an experiment: its quick configuration, the option names that differ from the
   * configuration's ({@code --n} reads {@code nRead}) and those shared by every experiment.
   */
  abstract static class Defaults extends ConfigDefaults {
    Defaults(Record quick, String nRead) {
      super(quick, new String[] {"--n=" + nRead, "--sizes=sampleSizes", "--noise=noiseStd", "--init=initialization"});
    }
  }

  /** The model at dimension n with the given label noise, distribution and normalisation. */
  ModelConfig model(int dimension, double noise, String distribution, String normalization) {
    return new ModelConfig(dimension, rows, Activation.parse(activation), secondLayer, noise,
        InputDistribution.parse(distribution), Normalization.parse(normalization));
  }

  /** The STE-gradient method. */
  MethodConfig method() {
    return new MethodConfig(SteVariant.parse(ste), clip, stepSize, iterations, Initialization.parse(init),
        initScale, trainSecondLayer);
  }

  /** Runs the experiment in a new run folder on --threads threads (else the kernel thread count). */
  <R> int run(Jeong2025Run<R> experiment) throws Exception {
    int count = threads.count();
    return run(experiment.command(), experiment.config(), command.commandLine().getOut(),
        folder -> experiment.work(folder, count));
  }
}
