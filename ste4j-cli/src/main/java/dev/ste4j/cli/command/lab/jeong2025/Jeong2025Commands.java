package dev.ste4j.cli.command.lab.jeong2025;

import dev.ste4j.lab.jeong2025.DeviationConfig;
import dev.ste4j.lab.jeong2025.InputDistribution;
import dev.ste4j.lab.jeong2025.MethodConfig;
import dev.ste4j.lab.jeong2025.ModelConfig;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code ste lab jeong2025 …} command line that regenerates an experiment of the reproduce section: every option
 * written out, with the experiment's own seed, so the tables come out bitwise the same (for any thread count).
 */
final class Jeong2025Commands {

  private Jeong2025Commands() {}

  static String phase(PhaseConfig c) {
    return "ste lab jeong2025 phase --seed " + c.seed() + " --n " + join(c.dimensions()) + " --sizes "
        + join(c.sampleSizes()) + " --trials " + c.trials() + " --bootstrap " + c.bootstrap() + " --levels " + join(c.levels()) + " --noise "
        + c.model().noiseStd() + inputs(c.model()) + shared(c.model(), c.method());
  }

  static String recurrence(RecurrenceConfig c) {
    return "ste lab jeong2025 recurrence --seed " + c.seed() + " --n " + c.model().dimension() + " --noise-levels "
        + join(c.noiseLevels()) + " --sizes " + join(c.sampleSizes()) + " --trials " + c.trials() + inputs(c.model())
        + shared(c.model(), c.method());
  }

  static String nonGaussian(NonGaussianConfig c) {
    return "ste lab jeong2025 nongaussian --seed " + c.seed() + " --n " + c.model().dimension() + " --distributions "
        + c.distributions().stream().map(InputDistribution::id).collect(Collectors.joining(",")) + " --noise "
        + c.model().noiseStd() + " --sizes " + join(c.sampleSizes()) + " --trials " + c.trials()
        + shared(c.model(), c.method());
  }

  static String deviation(DeviationConfig c) {
    return "ste lab jeong2025 deviation --seed " + c.seed() + " --n " + join(c.dimensions()) + " --sizes "
        + join(c.sampleSizes()) + " --samples " + c.replicates() + " --rows " + c.model().rows() + " --exact-up-to "
        + c.exactUpTo() + " --random-states " + c.randomStates() + " --target " + c.target() + " --bootstrap "
        + c.bootstrap();
  }

  private static String inputs(ModelConfig m) {
    return " --distribution " + m.distribution().id() + " --normalization " + m.normalization().id();
  }

  /** The model and method options every jeong2025 experiment shares. */
  private static String shared(ModelConfig m, MethodConfig method) {
    return " --rows " + m.rows() + " --activation " + m.activation().id()
        + (m.secondLayer().isEmpty() ? "" : " --v-star " + join(m.secondLayer())) + " --ste " + method.ste().key()
        + " --clip " + method.clip() + " --step-size " + method.stepSize() + " --iterations " + method.iterations()
        + " --init " + method.initialization().id() + " --init-scale " + method.initScale()
        + (method.trainSecondLayer() ? " --train-v" : "");
  }

  private static String join(List<? extends Number> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(","));
  }
}
