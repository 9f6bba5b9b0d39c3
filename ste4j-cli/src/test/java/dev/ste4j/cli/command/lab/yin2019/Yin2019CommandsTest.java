package dev.ste4j.cli.command.lab.yin2019;

import static dev.ste4j.cli.command.lab.RerunCommands.json;
import static dev.ste4j.cli.command.lab.RerunCommands.parse;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.yin2019.AlignmentSurveyConfig;
import dev.ste4j.lab.yin2019.ConvergenceConfig;
import dev.ste4j.lab.yin2019.InstabilityConfig;
import dev.ste4j.lab.yin2019.OneStepLossConfig;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each rerun command under a figure of the reproduce section parses back to exactly the configuration that ran. */
class Yin2019CommandsTest {

  private static final long SEED = -6293654637602600094L;

  @Test
  void theSmallExperimentsRerunWithTheirConfiguration() {
    for (ConvergenceConfig c : List.of(ConvergenceConfig.quick(SEED), ConvergenceConfig.full(3))) {
      var cmd = (Yin2019ConvergenceCommand) parse(Yin2019Commands.convergence(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (InstabilityConfig c : List.of(InstabilityConfig.quick(SEED), InstabilityConfig.full(3))) {
      var cmd = (Yin2019InstabilityCommand) parse(Yin2019Commands.instability(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (AlignmentSurveyConfig c : List.of(AlignmentSurveyConfig.quick(SEED), AlignmentSurveyConfig.full(3))) {
      var cmd = (Yin2019AlignmentCommand) parse(Yin2019Commands.alignment(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
    for (OneStepLossConfig c : List.of(OneStepLossConfig.quick(SEED), OneStepLossConfig.full(3))) {
      var cmd = (Yin2019Figure1Command) parse(Yin2019Commands.figure1(c));
      assertThat(json(cmd.config())).isEqualTo(json(c));
    }
  }

  @Test
  void table1RerunsWithTheQuickAndThePapersConfiguration() {
    for (Table1Config c : List.of(Yin2019Section.quickTable1(SEED), Table1Config.paper(DeepNetwork.LENET5, 5))) {
      var cmd = (Yin2019Table1Command) parse(Yin2019Commands.table1(c));
      assertThat(json(cmd.deep.config(cmd.lab.seed, cmd.bits, DeepOptions.stes(cmd.stes)))).isEqualTo(json(c));
    }
  }
}
