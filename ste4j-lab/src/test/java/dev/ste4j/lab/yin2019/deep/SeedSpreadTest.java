package dev.ste4j.lab.yin2019.deep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SeedSpreadTest {

  private static Table1Result result(long seed, double accuracy, double loss, int testSize) {
    EpochPoint last = new EpochPoint(1, loss, 0.99, 0.05, accuracy, 0.1, 0);
    RunCurve run = new RunCurve(List.of(last), 0.05, accuracy, seed, 0);
    Table1Config c = Table1Config.paper(DeepNetwork.LENET5, seed).withBits(List.of(2)).withStes(List.of(SteVariant.RELU));
    return new Table1Result(c, run, List.of(new Table1Row(2, SteVariant.RELU, 0.6511f, run)), 100, testSize);
  }

  @Test
  void meanAndSampleStandardDeviationOverSeedsBesideTheBinomialError() {
    List<SeedSpread> s = SeedSpread.of(List.of(result(1, 0.98, 0.02, 10_000), result(2, 0.99, 0.01, 10_000),
        result(3, 0.97, 0.03, 10_000)));
    assertThat(s).hasSize(1);
    SeedSpread r = s.get(0);
    assertThat(r.seeds()).isEqualTo(3);
    assertThat(r.meanAccuracy()).isCloseTo(0.98, offset(1e-12));
    assertThat(r.sdAccuracy()).isCloseTo(0.01, offset(1e-12)); // deviations ±0.01, 0 over n − 1 = 2
    assertThat(r.binomialSe()).isCloseTo(Math.sqrt(0.98 * 0.02 / 10_000), offset(1e-15));
    assertThat(r.meanTrainLoss()).isCloseTo(0.02, offset(1e-12));
    assertThat(r.sdTrainLoss()).isCloseTo(0.01, offset(1e-12));
    assertThat(SeedSpread.of(List.of(result(1, 0.98, 0.02, 100))).get(0).sdAccuracy()).isNaN();
    assertThatThrownBy(() -> SeedSpread.of(List.of(result(1, 0.98, 0.02, 100), result(2, 0.98, 0.02, 200))))
        .hasMessageContaining("differ");
  }

  @Test
  void pooledOutcomesFromSeparateRunsGiveTheSameSpreadAsOneRepeatedRun() {
    List<Table1Result> runs = List.of(result(1, 0.98, 0.02, 10_000), result(2, 0.99, 0.01, 10_000),
        result(3, 0.97, 0.03, 10_000));
    List<SeedOutcome> outcomes = new ArrayList<>();
    for (int i = runs.size() - 1; i >= 0; i--) { // any order: the seeds, not the order, make the sample
      outcomes.addAll(SeedOutcome.of(runs.get(i)));
    }
    SeedSpread pooled = SeedSpread.pooled(outcomes, 10_000).get(0);
    SeedSpread repeated = SeedSpread.of(runs).get(0);
    assertThat(pooled.meanAccuracy()).isCloseTo(repeated.meanAccuracy(), offset(1e-15));
    assertThat(pooled.sdAccuracy()).isCloseTo(repeated.sdAccuracy(), offset(1e-15));
    assertThat(pooled.seeds()).isEqualTo(3);
  }

  @Test
  void rowsComeInOrderOfBitsThenSteAndMustShareTheirSeeds() {
    List<SeedOutcome> two = List.of(
        new SeedOutcome(4, SteVariant.RELU, 1, 0.99, 0.01), new SeedOutcome(2, SteVariant.CLIPPED_RELU, 1, 0.98, 0.02),
        new SeedOutcome(2, SteVariant.IDENTITY, 1, 0.97, 0.03), new SeedOutcome(4, SteVariant.RELU, 2, 0.99, 0.01),
        new SeedOutcome(2, SteVariant.CLIPPED_RELU, 2, 0.98, 0.02), new SeedOutcome(2, SteVariant.IDENTITY, 2, 0.97,
            0.03));
    assertThat(SeedSpread.pooled(two, 100)).extracting(x -> x.bits() + " " + x.ste().key())
        .containsExactly("2 identity", "2 clipped_relu", "4 relu");
    List<SeedOutcome> uneven = new ArrayList<>(two);
    uneven.add(new SeedOutcome(4, SteVariant.RELU, 3, 0.99, 0.01));
    assertThatThrownBy(() -> SeedSpread.pooled(uneven, 100)).hasMessageContaining("different seeds");
    List<SeedOutcome> twice = new ArrayList<>(two);
    twice.add(new SeedOutcome(4, SteVariant.RELU, 2, 0.98, 0.01));
    assertThatThrownBy(() -> SeedSpread.pooled(twice, 100)).hasMessageContaining("twice for root seed 2");
    assertThatThrownBy(() -> SeedSpread.pooled(two, 0)).hasMessageContaining("positive");
    assertThatThrownBy(() -> SeedSpread.pooled(List.of(), 100)).hasMessageContaining("no runs");
  }
}
