package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class Table1ClaimsTest {

  private static RunCurve run(double accuracy) {
    return new RunCurve(List.of(), 0.1, accuracy, 1, 0);
  }

  /** 2-bit LeNet-5 rows on 10,000 test images (s.e. about 0.1 pp near 99 %). */
  private static Table1Result result(double identity, double relu, double clipped) {
    Table1Config c = Table1Config.paper(DeepNetwork.LENET5, 1).withBits(List.of(2));
    List<Table1Row> rows = new ArrayList<>();
    rows.add(new Table1Row(2, SteVariant.IDENTITY, 0.65f, run(identity)));
    rows.add(new Table1Row(2, SteVariant.RELU, 0.65f, run(relu)));
    rows.add(new Table1Row(2, SteVariant.CLIPPED_RELU, 0.65f, run(clipped)));
    return new Table1Result(c, run(0.99), rows, 60000, 10000);
  }

  @Test
  void rowsAreJudgedAgainstTheTestSetsStandardError() {
    // Paper, 2-bit: identity 98.49, relu 99.24, clipped 99.23.
    List<Claim> claims = Table1Claims.of(result(0.9851, 0.9890, 0.9700));
    assertThat(claims).hasSize(4);
    assertThat(claims.get(0).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(claims.get(1).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(claims.get(2).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
    assertThat(claims.get(0).measured()).isEqualTo("98.51 % ± 0.12 (s.e., 10000 test images)");
    assertThat(claims.get(0).scale()).doesNotStartWith("reduced");
  }

  @Test
  void theOrderingIsClaimedOnlyBeyondTheNoise() {
    assertThat(Table1Claims.of(result(0.9849, 0.9924, 0.9923)).get(3).verdict()).isEqualTo(Verdict.REPRODUCED);
    assertThat(Table1Claims.of(result(0.9849, 0.9851, 0.9923)).get(3).verdict()).isEqualTo(Verdict.PARTLY);
    assertThat(Table1Claims.of(result(0.9949, 0.9851, 0.9923)).get(3).verdict()).isEqualTo(Verdict.NOT_REPRODUCED);
  }

  @Test
  void cifarRowsAreNotRunWithThePapersRange() {
    List<Claim> claims = Table1Claims.notRunCifar("needs CIFAR-10");
    assertThat(claims).extracting(Claim::verdict).containsOnly(Verdict.NOT_RUN);
    assertThat(claims.get(0).paperValue()).isEqualTo("86.58–92.08 %");
    assertThat(claims.get(1).measured()).contains("--network resnet20");
  }
}
