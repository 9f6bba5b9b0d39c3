package dev.ste4j.nn.schedule;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SchedulesTest {

  @Test
  void multistepDecaysAtTheFirstStepOfEachMilestoneEpoch() {
    Schedule s = Schedules.create("multistep", Map.of("milestones", List.of(2, 4), "gamma", 0.5), 10, 6);
    assertThat(s.factor(0)).isEqualTo(1.0);
    assertThat(s.factor(19)).isEqualTo(1.0);
    assertThat(s.factor(20)).isEqualTo(0.5);
    assertThat(s.factor(39)).isEqualTo(0.5);
    assertThat(s.factor(40)).isEqualTo(0.25);
    assertThat(Schedules.create("multistep", Map.of("milestones", "2,4"), 10, 6).factor(45)).isCloseTo(0.01,
        within(1e-15));
  }

  @Test
  void cosineStartsAtOneEndsAtTheFloorAndWarmupRampsLinearly() {
    Schedule s = Schedules.create("cosine", Map.of("min_factor", 0.1, "warmup_epochs", 1), 4, 5);
    // warm-up: 1/4, 2/4, 3/4, 4/4
    assertThat(s.factor(0)).isEqualTo(0.25);
    assertThat(s.factor(3)).isEqualTo(1.0);
    // then cosine over the remaining 16 steps
    assertThat(s.factor(4)).isEqualTo(1.0);
    assertThat(s.factor(4 + 8)).isCloseTo(0.55, within(1e-12));
    assertThat(s.factor(20)).isCloseTo(0.1, within(1e-12));
    assertThat(s.factor(1000)).isCloseTo(0.1, within(1e-12));
    for (long t = 5; t < 20; t++) {
      assertThat(s.factor(t)).isLessThan(s.factor(t - 1));
    }
  }

  @Test
  void exponentialDecaysOncePerEpochAndFinalFactorIsTheLastEpochs() {
    Schedule s = Schedules.create("exponential", Map.of("gamma", 0.5), 10, 4);
    assertThat(s.factor(0)).isEqualTo(1.0);
    assertThat(s.factor(9)).isEqualTo(1.0);
    assertThat(s.factor(10)).isEqualTo(0.5);
    assertThat(s.factor(35)).isEqualTo(0.125);
    // 3e-3 → 3e-7 in BinaryNet's recipe: a factor 1e-4 reached in the last of 5 epochs, i.e. γ = 0.1 per epoch
    Schedule f = Schedules.create("exponential", Map.of("final_factor", 1e-4), 7, 5);
    assertThat(f.factor(4 * 7)).isCloseTo(1e-4, within(1e-16));
    assertThat(f.factor(7)).isCloseTo(0.1, within(1e-15));
    assertThat(Schedules.create("exponential", Map.of("final_factor", 0.01), 7, 1).factor(6)).isEqualTo(1.0);
    // the warm-up ends before the decay counts its first epoch
    Schedule w = Schedules.create("exponential", Map.of("gamma", 0.5, "warmup_epochs", 1), 4, 3);
    assertThat(w.factor(3)).isEqualTo(1.0);
    assertThat(w.factor(4 + 4)).isEqualTo(0.5);
    assertThatThrownBy(() -> Schedules.create("exponential", Map.of(), 10, 2)).hasMessageContaining("exactly one of");
    assertThatThrownBy(() -> Schedules.create("exponential", Map.of("gamma", 0.5, "final_factor", 0.1), 10, 2))
        .hasMessageContaining("exactly one of");
    assertThatThrownBy(() -> Schedules.create("exponential", Map.of("gamma", 1.5), 10, 2)).hasMessageContaining("gamma");
    assertThatThrownBy(() -> Schedules.create("exponential", Map.of("final_factor", 0), 10, 2))
        .hasMessageContaining("final_factor");
  }

  @Test
  void configErrorsNameTheProblem() {
    assertThatThrownBy(() -> Schedules.create("linear", Map.of(), 10, 2))
        .hasMessageContaining("'linear'").hasMessageContaining("constant, multistep, cosine, exponential");
    assertThatThrownBy(() -> Schedules.create("cosine", Map.of("warmup", 1), 10, 2))
        .hasMessageContaining("'warmup'").hasMessageContaining("min_factor, warmup_epochs");
    assertThatThrownBy(() -> Schedules.create("multistep", Map.of(), 10, 2)).hasMessageContaining("milestones");
    assertThatThrownBy(() -> Schedules.create("multistep", Map.of("milestones", List.of(3, 2)), 10, 5))
        .hasMessageContaining("increasing");
    assertThatThrownBy(() -> Schedules.create("constant", Map.of("warmup_epochs", 3), 10, 2))
        .hasMessageContaining("longer than the run");
    assertThat(Schedules.fromConfig(Map.of("name", "constant"), 10, 2).factor(7)).isEqualTo(1.0);
  }
}
