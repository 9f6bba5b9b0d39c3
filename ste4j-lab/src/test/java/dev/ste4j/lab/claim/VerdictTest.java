package dev.ste4j.lab.claim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class VerdictTest {

  @Test
  void labelsRoundTrip() {
    for (Verdict v : Verdict.values()) {
      assertThat(Verdict.parse(v.label())).isEqualTo(v);
    }
    assertThat(Verdict.NOT_REPRODUCED.label()).isEqualTo("not reproduced");
  }

  @Test
  void unknownLabelIsNamed() {
    assertThatThrownBy(() -> Verdict.parse("confirmed")).hasMessageContaining("'confirmed'");
  }

  @Test
  void notRunClaimsCarryTheirReason() {
    Claim c = Claim.notRun("yin2019", "vgg11-table1", "VGG-11 rows", "92.1", "CIFAR-10 is not on this machine");
    assertThat(c.verdict()).isEqualTo(Verdict.NOT_RUN);
    assertThat(c.measured()).contains("CIFAR-10");
  }
}
