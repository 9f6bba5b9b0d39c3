package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperScheduleTest {

  @Test
  void paperEpochsKeepThePaperMilestones() {
    assertThat(DeepNetwork.LENET5.schedule().milestonesFor(50)).containsExactly(20, 40);
    assertThat(DeepNetwork.RESNET20.schedule().milestonesFor(200)).containsExactly(80, 140);
    assertThat(Table1Config.paper(DeepNetwork.LENET5, 1).epochsOverridden()).isFalse();
    assertThat(Table1Config.paper(DeepNetwork.LENET5, 1).milestones()).containsExactly(20, 40);
  }

  @Test
  void anEpochOverrideScalesTheMilestonesProportionally() {
    PaperSchedule lenet = DeepNetwork.LENET5.schedule();
    assertThat(lenet.milestonesFor(5)).containsExactly(2, 4);
    assertThat(lenet.milestonesFor(3)).containsExactly(1, 2);
    assertThat(lenet.milestonesFor(100)).containsExactly(40, 80);
    assertThat(lenet.milestonesFor(1)).isEmpty();
    assertThat(lenet.milestonesFor(2)).containsExactly(1);
    assertThat(DeepNetwork.VGG11.schedule().milestonesFor(10)).containsExactly(4, 7);
    Table1Config c = Table1Config.paper(DeepNetwork.LENET5, 1).withEpochs(10);
    assertThat(c.epochsOverridden()).isTrue();
    assertThat(c.milestones()).containsExactly(4, 8);
    assertThat(c.pretrainMilestones()).containsExactly(4, 8);
  }

  @Test
  void badConfigurationsNameTheProblem() {
    Table1Config c = Table1Config.paper(DeepNetwork.LENET5, 1);
    assertThatThrownBy(() -> c.withBits(List.of(3))).hasMessageContaining("bits=3");
    assertThatThrownBy(() -> c.withEpochs(0)).hasMessageContaining("epochs=0");
    assertThatThrownBy(() -> c.withBits(List.of(2, 2))).hasMessageContaining("repeat");
    assertThatThrownBy(() -> DeepNetwork.parse("alexnet")).hasMessageContaining("lenet5, vgg11, resnet20");
    assertThatThrownBy(() -> new Figure2Config(c, 20, 1e-5, 10)).hasMessageContaining("exactly one bit width");
  }
}
