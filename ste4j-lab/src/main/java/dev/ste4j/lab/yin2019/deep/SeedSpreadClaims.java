package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.lab.yin2019.Yin2019Claims;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The verdicts on Yin et al.'s Table 1 from repeats over root seeds ({@link SeedSpread}): each row's mean against
 * the paper's single run, and the ordering the paper draws (the identity STE is the worst at each bit width), both
 * judged against the spread the seeds measured rather than the test set's binomial noise alone.
 *
 * <p>A row is judged against the spread of one run, √(sd² + se²) (the seed-to-seed standard deviation and the
 * binomial standard error of the test set), because the paper's number is one run. An ordering compares means, so
 * its noise is the standard error of a difference of two means over k seeds, √((sd₁² + sd₂²)/k). Fewer than two
 * seeds measure no spread: those rows are left to {@link Table1Claims}.
 */
public final class SeedSpreadClaims {

  /** Differences within this many of their standard deviations are noise (as in {@link Table1Claims}). */
  static final double NOISE = Table1Claims.NOISE;

  private SeedSpreadClaims() {}

  /**
   * One claim per row the paper reports, then one ordering claim per bit width with an identity row and another.
   *
   * @param scale the runs' scale against the paper's, as the claims table shows it
   */
  public static List<Claim> of(DeepNetwork net, List<SeedSpread> rows, String scale) {
    List<Claim> out = new ArrayList<>();
    for (SeedSpread x : rows) {
      Optional<PaperTable1.Cell> p = PaperTable1.lookup(net, x.bits(), x.ste());
      if (p.isEmpty() || x.seeds() < 2) {
        continue;
      }
      double mean = 100 * x.meanAccuracy();
      double spread = 100 * Math.hypot(x.sdAccuracy(), x.binomialSe());
      Verdict v = Table1Claims.rowVerdict(Math.abs(mean - p.get().accuracyPercent()), NOISE * spread);
      out.add(new Claim(Yin2019Claims.PAPER, Table1Claims.rowId(net, x.bits(), x.ste()),
          Table1Claims.rowStatement(net, x.bits(), x.ste()),
          String.format(Locale.ROOT, "%.2f %% ± %.2f (sd over %d seeds; one run's spread with the test set's s.e. "
              + "%.2f)", mean, 100 * x.sdAccuracy(), x.seeds(), spread),
          String.format(Locale.ROOT, "%.2f %%", p.get().accuracyPercent()), v,
          "reproduced if |mean − paper| ≤ 2 √(sd² + se²); partly if within that + 1 pp", scale));
    }
    rows.stream().map(SeedSpread::bits).distinct().sorted()
        .forEach(bits -> identityWorst(net, rows, bits, scale).ifPresent(out::add));
    return out;
  }

  private static Optional<Claim> identityWorst(DeepNetwork net, List<SeedSpread> rows, int bits, String scale) {
    List<SeedSpread> atBits = rows.stream().filter(x -> x.bits() == bits && x.seeds() >= 2).toList();
    Optional<SeedSpread> id = atBits.stream().filter(x -> x.ste() == SteVariant.IDENTITY).findFirst();
    if (id.isEmpty() || atBits.size() < 2) {
      return Optional.empty();
    }
    boolean allBeyond = true;
    boolean anyReversed = false;
    List<String> parts = new ArrayList<>();
    for (SeedSpread x : atBits) {
      if (x == id.get()) {
        continue;
      }
      double diff = x.meanAccuracy() - id.get().meanAccuracy();
      double se = differenceError(x, id.get());
      allBeyond &= diff > NOISE * se;
      anyReversed |= diff < -NOISE * se;
      parts.add(String.format(Locale.ROOT, "%s − identity = %+.2f ± %.2f pp", x.ste().key(), 100 * diff, 100 * se));
    }
    Verdict v = allBeyond ? Verdict.REPRODUCED : anyReversed ? Verdict.NOT_REPRODUCED : Verdict.PARTLY;
    return Optional.of(new Claim(Yin2019Claims.PAPER, "table1-" + net.key() + "-" + bits + "bit-identity-worst",
        String.format(Locale.ROOT, "Table 1: %s, %d-bit: the identity STE gives the lowest test accuracy", net.label(),
            bits),
        String.join("; ", parts) + " (means over " + id.get().seeds() + " seeds ± s.e. of the difference)", "yes", v,
        "reproduced if every other STE's mean is ahead by more than 2 √((sd₁² + sd₂²)/k); not reproduced if one is "
            + "behind by more; partly otherwise", scale));
  }

  /**
   * √((sd₁² + sd₂²)/k): the standard error of the difference of two rows' mean accuracies over their k seeds each
   * (the seeds are independent draws; both rows used the same seeds' count, which {@link SeedSpread#pooled} checks).
   */
  static double differenceError(SeedSpread a, SeedSpread b) {
    return Math.sqrt((a.sdAccuracy() * a.sdAccuracy() + b.sdAccuracy() * b.sdAccuracy()) / a.seeds());
  }
}
