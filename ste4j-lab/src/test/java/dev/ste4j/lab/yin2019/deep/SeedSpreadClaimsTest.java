package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.data.Offset.offset;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSpreadClaimsTest {

  /** A 2-bit LeNet-5 row over 3 seeds on 10,000 test images. */
  private static SeedSpread row(SteVariant ste, double mean, double sd) {
    return new SeedSpread(2, ste, 3, mean, sd, Math.sqrt(mean * (1 - mean) / 10_000), 0.01, 0.001);
  }

  private static List<Claim> claims(double identity, double relu, double clipped, double sd) {
    return SeedSpreadClaims.of(DeepNetwork.LENET5, List.of(row(SteVariant.IDENTITY, identity, sd),
        row(SteVariant.RELU, relu, sd), row(SteVariant.CLIPPED_RELU, clipped, sd)), "50 of 50 epochs, 3 seeds");
  }

  @Test
  void aRowIsJudgedAgainstOneRunsSpreadOfSeedsAndTestSet() {
    // Paper, 2-bit: identity 98.49, relu 99.24, clipped 99.23. With sd 0.1 pp and se ≈ 0.12 pp, one run's spread
    // is ≈ 0.157 pp: within 2 of it reproduced, within that + 1 pp partly.
    List<Claim> c = claims(0.9820, 0.9880, 0.9700, 0.001);
    assertThat(c).hasSize(4);
    assertThat(c.get(0).verdict()).isEqualTo(Verdict.REPRODUCED); // 0.29 pp off, band 2 × 0.166
    assertThat(c.get(1).verdict()).isEqualTo(Verdict.PARTLY); // 0.44 pp off, band 2 × 0.149 (+ 1 pp)
    assertThat(c.get(2).verdict()).isEqualTo(Verdict.NOT_REPRODUCED); // 2.23 pp off
    assertThat(c.get(0).measured()).startsWith("98.20 % ± 0.10 (sd over 3 seeds");
  }

  @Test
  void theOrderingComparesMeansAgainstTheStandardErrorOfTheirDifference() {
    // sd 0.1 pp over 3 seeds: s.e. of a difference √(2 · 0.01 / 3) ≈ 0.0816 pp, noise 2 s.e. ≈ 0.163 pp.
    assertThat(SeedSpreadClaims.differenceError(row(SteVariant.RELU, 0.99, 0.001), row(SteVariant.IDENTITY, 0.98,
        0.001))).isCloseTo(Math.sqrt(2e-6 / 3), offset(1e-15));
    assertThat(claims(0.9840, 0.9860, 0.9860, 0.001).get(3).verdict()).isEqualTo(Verdict.REPRODUCED); // +0.20 pp
    assertThat(claims(0.9840, 0.9850, 0.9860, 0.001).get(3).verdict()).isEqualTo(Verdict.PARTLY); // +0.10 pp
    assertThat(claims(0.9870, 0.9850, 0.9890, 0.001).get(3).verdict()).isEqualTo(Verdict.NOT_REPRODUCED); // −0.20
    assertThat(claims(0.9840, 0.9860, 0.9860, 0.001).get(3).id()).isEqualTo("table1-lenet5-2bit-identity-worst");
  }

  @Test
  void oneSeedMeasuresNoSpreadAndGivesNoClaim() {
    SeedSpread one = new SeedSpread(2, SteVariant.RELU, 1, 0.99, Double.NaN, 0.001, 0.01, Double.NaN);
    assertThat(SeedSpreadClaims.of(DeepNetwork.LENET5, List.of(one), "1 seed")).isEmpty();
  }
}
