package dev.ste4j.cli.command.lab.jeong2025;

import static dev.ste4j.cli.command.lab.RerunCommands.json;
import static dev.ste4j.cli.command.lab.RerunCommands.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.jeong2025.DeviationConfig;
import dev.ste4j.lab.jeong2025.NonGaussianConfig;
import dev.ste4j.lab.jeong2025.PhaseConfig;
import dev.ste4j.lab.jeong2025.RecurrenceConfig;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rerun command of the reproduce section parses back to exactly the configuration that ran. */
class Jeong2025CommandsTest {

  private static final long SEED = 7_340_981_227_441L;

  @Test
  void eachExperimentRerunsWithItsConfiguration() {
    for (PhaseConfig c : List.of(PhaseConfig.quick(SEED), PhaseConfig.full(-2))) {
      var cmd = (Jeong2025PhaseCommand) parse(Jeong2025Commands.phase(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (RecurrenceConfig c : List.of(RecurrenceConfig.quick(SEED), RecurrenceConfig.full(-2))) {
      var cmd = (Jeong2025RecurrenceCommand) parse(Jeong2025Commands.recurrence(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (PhaseConfig c : List.of(PhaseConfig.noisyQuick(SEED), PhaseConfig.noisyFull(-2))) {
      var cmd = (Jeong2025PhaseCommand) parse(Jeong2025Commands.phase(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (DeviationConfig c : List.of(DeviationConfig.quick(SEED), DeviationConfig.full(-2))) {
      var cmd = (Jeong2025DeviationCommand) parse(Jeong2025Commands.deviation(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (NonGaussianConfig c : List.of(NonGaussianConfig.quick(SEED), NonGaussianConfig.full(-2),
        NonGaussianConfig.reluQuick(SEED))) {
      var cmd = (Jeong2025NonGaussianCommand) parse(Jeong2025Commands.nonGaussian(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
  }
}
