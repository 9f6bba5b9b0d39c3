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
 * The verdicts on Yin et al.'s Table 1 from a run: each row's test accuracy against the paper's, and the ordering
 * the paper draws from the table (the identity STE is the worst at each bit width), both judged against the
 * binomial noise of the test set: the standard error of an accuracy p on n test images is √(p(1−p)/n).
 */
public final class Table1Claims {

  /** Differences within this many standard errors are noise. */
  static final double NOISE = 2;
  /** A row is partly reproduced when it misses the paper's value by at most this many percentage points beyond noise. */
  static final double PARTLY_PP = 1;

  private Table1Claims() {}

  /**
   * One claim per row the paper reports, then one ordering claim per bit width. Rule per row: reproduced when
   * |ours − paper| ≤ 2 s.e.; partly when within 2 s.e. + 1 pp; not reproduced otherwise. Ordering: reproduced when
   * every other STE beats the identity STE by more than 2 s.e. of the difference; not reproduced when one is below it
   * by more than that; partly otherwise (the ordering is within the noise).
   */
  public static List<Claim> of(Table1Result r) {
    List<Claim> out = new ArrayList<>();
    DeepNetwork net = r.config().network();
    String scale = scale(r);
    for (Table1Row row : r.rows()) {
      Optional<PaperTable1.Cell> p = PaperTable1.lookup(net, row.bits(), row.ste());
      if (p.isEmpty()) {
        continue;
      }
      double ours = 100 * row.run().testAccuracy();
      double se = 100 * standardError(row.run().testAccuracy(), r.testSize());
      out.add(new Claim(Yin2019Claims.PAPER, rowId(net, row.bits(), row.ste()),
          rowStatement(net, row.bits(), row.ste()), accuracy(ours, se, r.testSize()),
          percent(p.get().accuracyPercent()), rowVerdict(Math.abs(ours - p.get().accuracyPercent()), NOISE * se),
          "reproduced if |ours − paper| ≤ 2 s.e.; partly if within 2 s.e. + 1 pp", scale));
    }
    for (int bits : r.config().bits()) {
      ordering(r, bits).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Claim> ordering(Table1Result r, int bits) {
    List<Table1Row> rows = r.rows().stream().filter(x -> x.bits() == bits).toList();
    Optional<Table1Row> id = rows.stream().filter(x -> x.ste() == SteVariant.IDENTITY).findFirst();
    if (id.isEmpty() || rows.size() < 2) {
      return Optional.empty();
    }
    double a = id.get().run().testAccuracy();
    boolean allBeyond = true;
    boolean anyReversed = false;
    List<String> parts = new ArrayList<>();
    for (Table1Row x : rows) {
      if (x == id.get()) {
        continue;
      }
      double b = x.run().testAccuracy();
      double se = Math.hypot(standardError(a, r.testSize()), standardError(b, r.testSize()));
      double diff = b - a;
      allBeyond &= diff > NOISE * se;
      anyReversed |= diff < -NOISE * se;
      parts.add(String.format(Locale.ROOT, "%s − identity = %+.2f ± %.2f pp", x.ste().key(), 100 * diff, 100 * se));
    }
    Verdict v = allBeyond ? Verdict.REPRODUCED : anyReversed ? Verdict.NOT_REPRODUCED : Verdict.PARTLY;
    DeepNetwork net = r.config().network();
    return Optional.of(new Claim(Yin2019Claims.PAPER, "table1-" + net.key() + "-" + bits + "bit-identity-worst",
        String.format(Locale.ROOT, "Table 1: %s, %d-bit: the identity STE gives the lowest test accuracy", net.label(),
            bits), String.join("; ", parts) + " (± s.e.)", "yes", v, "reproduced if every other STE is ahead by "
        + "more than 2 s.e. of the difference; not reproduced if one is behind by more; partly otherwise", scale(r)));
  }

  /** Reproduced when the gap to the paper is within the noise band, partly within it + {@link #PARTLY_PP}. */
  static Verdict rowVerdict(double gapPp, double bandPp) {
    return gapPp <= bandPp ? Verdict.REPRODUCED : gapPp <= bandPp + PARTLY_PP ? Verdict.PARTLY : Verdict.NOT_REPRODUCED;
  }

  static String rowId(DeepNetwork net, int bits, SteVariant ste) {
    return "table1-" + net.key() + "-" + bits + "bit-" + ste.key();
  }

  static String rowStatement(DeepNetwork net, int bits, SteVariant ste) {
    return String.format(Locale.ROOT, "Table 1: %s on %s, %d-bit activations, %s STE: test accuracy", net.label(),
        net.dataset(), bits, ste.key());
  }

  /** The CIFAR-10 rows, which {@code ste reproduce} does not run: one not-run claim per network. */
  public static List<Claim> notRunCifar(String why) {
    List<Claim> out = new ArrayList<>();
    for (DeepNetwork net : List.of(DeepNetwork.VGG11, DeepNetwork.RESNET20)) {
      double lo = Double.POSITIVE_INFINITY;
      double hi = Double.NEGATIVE_INFINITY;
      for (int bits : List.of(2, 4)) {
        for (SteVariant ste : SteVariant.values()) {
          double acc = PaperTable1.lookup(net, bits, ste).orElseThrow().accuracyPercent();
          lo = Math.min(lo, acc);
          hi = Math.max(hi, acc);
        }
      }
      out.add(Claim.notRun(Yin2019Claims.PAPER, "table1-" + net.key(), "Table 1: " + net.label() + " on "
          + net.dataset() + ", 2- and 4-bit activations, three STEs: test accuracy",
          String.format(Locale.ROOT, "%.2f–%.2f %%", lo, hi), why + " (ste lab yin2019 table1 --network "
              + net.key() + ")"));
    }
    return out;
  }

  /** The rows of {@code net} the paper reports, each not run for {@code why} (e.g. its dataset could not be read). */
  public static List<Claim> notRun(DeepNetwork net, String why) {
    List<Claim> out = new ArrayList<>();
    for (int bits : List.of(2, 4)) {
      for (SteVariant ste : SteVariant.values()) {
        out.add(Claim.notRun(Yin2019Claims.PAPER, rowId(net, bits, ste), rowStatement(net, bits, ste),
            percent(PaperTable1.lookup(net, bits, ste).orElseThrow().accuracyPercent()), why));
      }
    }
    return out;
  }

  /** √(p(1−p)/n): the binomial standard error of an accuracy p measured on n test images. */
  static double standardError(double accuracy, int testImages) {
    return Math.sqrt(accuracy * (1 - accuracy) / testImages);
  }

  private static String accuracy(double percent, double se, int n) {
    return String.format(Locale.ROOT, "%.2f %% ± %.2f (s.e., %d test images)", percent, se, n);
  }

  private static String percent(double p) {
    return String.format(Locale.ROOT, "%.2f %%", p);
  }

  private static String scale(Table1Result r) {
    Table1Config c = r.config();
    int paperEpochs = c.network().schedule().epochs();
    boolean reduced = c.epochs() < paperEpochs || c.trainSubset() > 0 || c.testSubset() > 0;
    String counts = String.format(Locale.ROOT, "%d of %d epochs, %d training / %d test images, one seed per row",
        c.epochs(), paperEpochs, r.trainSize(), r.testSize());
    return reduced ? "reduced: " + counts : counts;
  }
}
