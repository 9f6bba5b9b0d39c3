package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.yin2019.AlignmentSurvey;
import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.AlignmentSurveyResult;
import dev.ste4j.lab.yin2019.YinSte;
import dev.ste4j.nn.quantizer.SteVariant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ste lab yin2019 alignment}: experiment (c); defaults are the quick scale. */
@Command(defaultValueProvider = Yin2019AlignmentCommand.Defaults.class,
    name = "alignment", mixinStandardHelpOptions = true,
    description = "Inner products and cosines between each expected coarse gradient and the population gradient at "
        + "random points, and where they are smallest.")
public final class Yin2019AlignmentCommand extends Yin2019Experiment<AlignmentSurveyConfig, AlignmentSurveyResult> {

  @Option(names = "--points", paramLabel = "N",
      description = "Random points (default: ${DEFAULT-VALUE}).")
  int points;
  @Option(names = "--max-m", paramLabel = "N",
      description = "Largest m (default: ${DEFAULT-VALUE}).") int maxM;
  @Option(names = "--max-n", paramLabel = "N",
      description = "Largest n (default: ${DEFAULT-VALUE}).") int maxN;
  @Option(names = "--min-norm-w", paramLabel = "X",
      description = "Smallest ||w|| (default: ${DEFAULT-VALUE}).")
  double minNormW;
  @Option(names = "--max-norm-w", paramLabel = "X",
      description = "Largest ||w|| (default: ${DEFAULT-VALUE}).")
  double maxNormW;

  public Yin2019AlignmentCommand() {
    super("lab yin2019 alignment", "Yin et al. (2019) — alignment with the population gradient",
        AlignmentSurvey::run, AlignmentView::render);
  }

  @Override
  AlignmentSurveyConfig config() {
    return new AlignmentSurveyConfig(points, maxM, maxN, minNormW, maxNormW, lab.seed);
  }

  @Override
  String summary(AlignmentSurveyResult r) {
    StringBuilder b = new StringBuilder("smallest cosine(E g, df/dw):");
    for (SteVariant e : SteVariant.values()) {
      b.append(String.format(" %s %.3g (non-negative %.4f)", YinSte.key(e),
          r.smallestCosineW(e).alignment().cosineW(), r.fractionNonNegative(e)));
    }
    return b.toString();
  }

  /** The option defaults: the quick scale, {@link AlignmentSurveyConfig#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(AlignmentSurveyConfig.quick(0), new String[0]);
    }
  }
}
