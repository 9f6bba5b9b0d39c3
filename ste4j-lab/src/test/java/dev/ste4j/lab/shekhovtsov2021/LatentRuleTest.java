package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class LatentRuleTest {

  @Test
  void mirrorDescentIsAStepInLogitSpaceWithTheBinaryWeightGradient() {
    // logit θ' = logit θ − ε·2∂ℓ/∂w, whatever θ: no vanishing factor for confident weights.
    for (double eta : new double[] {-8, -1, 0, 0.5, 8}) {
      assertThat(LatentRule.MIRROR_DESCENT.update(eta, 0.3, 0.1)).isCloseTo(eta - 0.06, offset(1e-15));
    }
  }

  @Test
  void mirrorDescentIsTheEntropicMirrorStepOnTheProbability() {
    // Closed form of entropic mirror descent on θ: θ' = θ e^{−εg} / (θ e^{−εg} + (1 − θ)) with g = 2∂ℓ/∂w.
    double theta = 0.3;
    double g = 2 * 0.7;
    double lr = 0.25;
    double expected = theta * Math.exp(-lr * g) / (theta * Math.exp(-lr * g) + (1 - theta));
    double eta = LatentRule.MIRROR_DESCENT.fromProbability(theta);
    assertThat(LatentRule.MIRROR_DESCENT.probability(LatentRule.MIRROR_DESCENT.update(eta, 0.7, lr)))
        .isCloseTo(expected, offset(1e-15));
  }

  @Test
  void sgdOnLogitsCarriesTheVanishingFactor() {
    double s = 1 / (1 + Math.exp(-3.0));
    assertThat(LatentRule.SGD_LOGITS.update(3.0, 0.3, 0.1)).isCloseTo(3.0 - 0.1 * 2 * s * (1 - s) * 0.3,
        offset(1e-15));
    assertThat(LatentRule.SGD_LOGITS.update(30.0, 1.0, 1.0)).isCloseTo(30.0, offset(1e-12));
  }

  @Test
  void projectedSgdClipsToTheUnitInterval() {
    assertThat(LatentRule.PROJECTED_SGD.update(0.9, -1.0, 0.5)).isEqualTo(1.0);
    assertThat(LatentRule.PROJECTED_SGD.update(-0.9, 1.0, 0.5)).isEqualTo(-1.0);
    assertThat(LatentRule.PROJECTED_SGD.update(0.2, 0.4, 0.5)).isCloseTo(0.0, offset(1e-15));
    assertThat(LatentRule.PROJECTED_SGD.probability(0.0)).isEqualTo(0.5);
    assertThat(LatentRule.PROJECTED_SGD.probability(1.0)).isEqualTo(1.0);
  }

  @Test
  void probabilityAndLatentWeightAreInverse() {
    for (LatentRule r : LatentRule.values()) {
      for (double t : new double[] {0.05, 0.3, 0.5, 0.9}) {
        assertThat(r.probability(r.fromProbability(t))).as(r.id()).isCloseTo(t, offset(1e-14));
      }
    }
  }

  @Test
  void unknownRuleNamesTheKnownOnes() {
    assertThatThrownBy(() -> LatentRule.parse("adam")).hasMessageContaining("mirror")
        .hasMessageContaining("projected");
  }
}
