package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.yin2019.OneStepCurve;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import dev.ste4j.lab.yin2019.OneStepLossExperiment;
import dev.ste4j.lab.yin2019.OneStepLossResult;
import dev.ste4j.lab.yin2019.YinSte;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code ste lab yin2019 figure1}: experiment (d), the paper's Figure 1; defaults are the quick scale. */
@Command(defaultValueProvider = Yin2019Figure1Command.Defaults.class,
    name = "figure1", mixinStandardHelpOptions = true,
    description = "Figure 1: empirical loss after one step along the negative empirical coarse gradient against the "
        + "step size, for several sample sizes N.")
public final class Yin2019Figure1Command extends Yin2019Experiment<OneStepLossConfig, OneStepLossResult> {

  @Mixin PatchShape patch;
  @Option(names = "--ste", paramLabel = "NAME",
      description = "STE: identity, relu, clippedRelu (default: ${DEFAULT-VALUE}).") String ste;
  @Option(names = "--samples", paramLabel = "N", split = ",",
      description = "Sample sizes N, comma-separated (default: ${DEFAULT-VALUE}).") int[] samples;
  @Option(names = "--max-step", paramLabel = "ETA",
      description = "Largest step size (default: ${DEFAULT-VALUE}).")
  double maxStep;
  @Option(names = "--steps", paramLabel = "N",
      description = "Number of step sizes (default: ${DEFAULT-VALUE}).")
  int steps;

  public Yin2019Figure1Command() {
    super("lab yin2019 figure1", "Yin et al. (2019) — Figure 1",
        OneStepLossExperiment::run, Figure1View::render);
  }

  @Override
  OneStepLossConfig config() {
    return new OneStepLossConfig(patch.m, patch.n, YinSte.parse(ste), samples, maxStep, steps, lab.seed);
  }

  @Override
  String summary(OneStepLossResult r) {
    StringBuilder b = new StringBuilder("largest loss change between neighboring step sizes:");
    for (OneStepCurve curve : r.curves()) {
      b.append(String.format(" N=%d %.3g", curve.samples(), curve.largestChange()));
    }
    return b.toString();
  }

  /** The option defaults: the quick scale, {@link OneStepLossConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(OneStepLossConfig.quick(0), new String[] {"--samples=sampleSizes"});
    }
  }
}
