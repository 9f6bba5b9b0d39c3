package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.optim.Adam;
import dev.ste4j.nn.optim.Bop;
import dev.ste4j.nn.optim.OptimizerAssignment;
import dev.ste4j.nn.optim.Optimizers;
import dev.ste4j.nn.optim.ParameterSelector;
import dev.ste4j.nn.optim.Sgd;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The typed optimizer assignment is the same run as its config-file form, and round-trips through it. */
class TypedTrainingConfigTest {

  static final OptimizerAssignment TYPED = OptimizerAssignment.of(ParameterSelector.binaryKernels(),
      Bop.config(1e-4, 1e-2)).otherwise(Adam.config(0.01));

  @Test
  void bopForBinaryKernelsAndAdamForTheRestTrainsBitwiseAsTheGroupsOfAConfigFile() {
    TinyNet typed = new TinyNet(12, 32, 3, true, 5);
    TinyNet named = new TinyNet(12, 32, 3, true, 5);
    TrainingResult a = Training.of(typed).optimizer(TYPED).epochs(2).batchSize(20).seed(3)
        .fit(TrainerTest.TRAIN, TrainerTest.TEST);
    TrainingResult b = Training.of(named).optimizer(Optimizers.assignment(Map.of("groups", List.of(
            Map.of("match", Map.of("precision", "1"), "name", "bop", "threshold", 1e-4, "gamma", 1e-2),
            Map.of("match", Map.of("precision", ">1"), "name", "adam", "lr", 0.01)))))
        .epochs(2).batchSize(20).seed(3).fit(TrainerTest.TRAIN, TrainerTest.TEST);
    TrainerTest.assertBitwiseEqual(TrainerTest.weights(typed), TrainerTest.weights(named));
    assertThat(a.testLoss()).isEqualTo(b.testLoss());
  }

  @Test
  void anAssignmentRoundTripsThroughItsConfigSection() {
    assertThat(Optimizers.assignment(Optimizers.section(TYPED))).isEqualTo(TYPED);
    OptimizerAssignment one = OptimizerAssignment.all(Sgd.config(0.1));
    assertThat(Optimizers.assignment(Optimizers.section(one))).isEqualTo(one);
    assertThat(Optimizers.assignment("adam")).isEqualTo(TrainingConfig.defaults().optimizer());
    assertThat(Optimizers.section(one)).containsEntry("name", "sgd").containsEntry("lr", 0.1)
        .containsEntry("momentum", 0.0);
  }

  @Test
  void everyRegisteredOptimizerReadsIntoAConfigOfItsNameWithItsSettings() {
    for (String name : Optimizers.names()) {
      var c = Optimizers.config(name, Map.of());
      assertThat(c.name()).isEqualTo(name);
      assertThat(c.settings().keySet()).containsExactlyInAnyOrderElementsOf(Optimizers.keys(name));
      assertThat(Optimizers.config(name, c.settings())).isEqualTo(c);
    }
  }

  @Test
  void theRestClaimsOnlyWhatTheOtherRulesLeaveAndComesLast() {
    assertThatThrownBy(() -> OptimizerAssignment.of(ParameterSelector.rest(), Adam.config(0.01))
        .and(ParameterSelector.binaryKernels(), Bop.config(1e-4, 1e-2))).hasMessageContaining("must be the last");
    TinyNet net = new TinyNet(12, 32, 3, true, 5);
    assertThat(TYPED.build(net.namedParameters()).name()).isEqualTo("bop+adam");
  }
}
