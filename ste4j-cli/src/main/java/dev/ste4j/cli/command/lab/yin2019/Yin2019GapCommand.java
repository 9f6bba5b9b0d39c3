package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.yin2019.GapConfig;
import dev.ste4j.lab.yin2019.GapExperiment;
import dev.ste4j.lab.yin2019.GapResult;
import dev.ste4j.lab.yin2019.Yin2019Claims;
import dev.ste4j.lab.yin2019.YinSte;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ste lab yin2019 gap}: population against empirical runs from the same starts; defaults are the quick scale. */
@Command(defaultValueProvider = Yin2019GapCommand.Defaults.class,
    name = "gap", mixinStandardHelpOptions = true,
    description = "Paired population and empirical coarse gradient descent (ReLU, clipped ReLU) from experiment (a)'s "
        + "starts, for several sample sizes N: how often each reaches the global minimizer, and why they differ.")
public final class Yin2019GapCommand extends Yin2019Experiment<GapConfig, GapResult> {

  @Mixin PatchShape patch;
  @Option(names = "--runs", paramLabel = "N", description = "Paired runs per STE (default: ${DEFAULT-VALUE}).")
  int runs;
  @Option(names = "--iterations", paramLabel = "N",
      description = "Iterations of every run (default: ${DEFAULT-VALUE}).")
  int iterations;
  @Option(names = "--step-size", paramLabel = "ETA", description = "Step size (default: ${DEFAULT-VALUE}).")
  double stepSize;
  @Option(names = "--samples", split = ",", paramLabel = "N",
      description = "Sample sizes of the empirical runs, increasing (default: ${DEFAULT-VALUE}).")
  int[] samples;

  public Yin2019GapCommand() {
    super("lab yin2019 gap", "Yin et al. (2019) — population against empirical coarse gradient descent",
        GapExperiment::run, (r, folder, section, prefix) -> {
          GapView.render(r, folder, section, prefix);
          section.claim(Yin2019Claims.gap(r));
        });
  }

  @Override
  GapConfig config() {
    return new GapConfig(patch.m, patch.n, runs, iterations, stepSize, samples, lab.seed);
  }

  @Override
  String summary(GapResult r) {
    StringBuilder b = new StringBuilder("fraction reaching the global minimum:");
    for (var ste : GapExperiment.STES) {
      b.append(' ').append(YinSte.key(ste)).append(" population ")
          .append(String.format("%.2f", r.global(ste, 0) / (double) r.select(ste, 0).size()));
      for (int n : r.config().samples()) {
        b.append(String.format(", N=%d %.2f", n, r.global(ste, n) / (double) r.select(ste, n).size()));
      }
      b.append(';');
    }
    return b.toString();
  }

  /** The option defaults: the quick scale, {@link GapConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(GapConfig.quick(0), new String[0]);
    }
  }
}
