package dev.ste4j.lab.jeong2025;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.ClaimText;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.lab.claim.Verdicts;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdicts on Jeong, Xin and Yin (2025)'s claims that the phase and recurrence experiments test, each computed from
 * a result by the rule written beside it. The paper's full text was not available: the sample-complexity orders
 * (O(n²) averaged, O(n⁴) last iterate) are third-party readings and are labelled so; they are upper bounds, so a
 * measured exponent at or below them is consistent with the paper.
 *
 * <p>Scale: against this lab's full configuration ({@link PhaseConfig#full}, {@link RecurrenceConfig#full}), the paper's
 * own grid being unknown.
 */
public final class Jeong2025Claims {

  /** The paper's section name in claims. */
  public static final String PAPER = "jeong2025";

  private Jeong2025Claims() {}

  /** The phase diagram's claims: a recovery threshold at every n, and the two exponents against their bounds. */
  public static List<Claim> phase(PhaseResult r) {
    return List.of(threshold(r), exponent(r, "averaged", r.averaged(), 2), exponent(r, "last", r.last(), 4));
  }

  /**
   * Exact recovery of w* needs only finitely many samples: above a threshold N*(n) the method recovers w*. Rule: per
   * n, both iterates' 50 % crossing lies inside the grid of N; reproduced at every n, partly at some, not reproduced
   * at none.
   */
  static Claim threshold(PhaseResult r) {
    int dims = r.last().thresholds().size();
    int held = 0;
    for (int i = 0; i < dims; i++) {
      if (r.last().thresholds().get(i).isEstimated() && r.averaged().thresholds().get(i).isEstimated()) {
        held++;
      }
    }
    int largestN = r.config().sampleSizes().get(r.config().sampleSizes().size() - 1);
    int lowest = Integer.MAX_VALUE;
    int trials = r.config().trials();
    for (int n : r.config().dimensions()) {
      lowest = Math.min(lowest, r.cell(n, largestN).lastSuccesses());
    }
    String measured = String.format(Locale.ROOT, "threshold inside the grid at %d of %d n; last-iterate recovery at "
        + "N = %d, lowest over n: %s", held, dims, largestN, ClaimText.rate(lowest, trials));
    return new Claim(PAPER, "recovery-threshold", "With enough samples the STE-gradient method recovers the binary "
        + "weights w* exactly: a finite sample-size threshold N*(n)", measured, "",
        Verdicts.allSomeNone(held, dims), "reproduced if at every n both iterates' 50 % recovery crossing lies inside "
        + "the grid of N", phaseScale(r));
  }

  /**
   * The sample complexity grows at most as n^bound. Rule on the fitted exponent k of N* ∝ nᵏ with its 95 % bootstrap
   * interval: reproduced when the interval lies at or below the bound; partly when k does but the interval reaches
   * above it; not reproduced when k is above it; not run when k could not be fitted.
   */
  static Claim exponent(PhaseResult r, String iterate, SampleComplexity sc, int bound) {
    String id = "exponent-" + iterate;
    String statement = "Sample complexity of the " + iterate + " iterate is O(n" + (bound == 2 ? "²" : "⁴")
        + ") (third-party reading of the paper, unconfirmed)";
    String paper = "k ≤ " + bound;
    ExponentEstimate k = sc.exponent();
    if (!k.isEstimated()) {
      return Claim.notRun(PAPER, id, statement, paper, "too few thresholds inside the grid to fit k");
    }
    boolean interval = !Double.isNaN(k.upper());
    Verdict v = k.exponent() > bound ? Verdict.NOT_REPRODUCED
        : interval && k.upper() <= bound ? Verdict.REPRODUCED : Verdict.PARTLY;
    String measured = String.format(Locale.ROOT, "k = %.2f [%s, %s] (95 %% bootstrap, %d of %d replicates), %d points",
        k.exponent(), interval ? String.format(Locale.ROOT, "%.2f", k.lower()) : "n/a",
        interval ? String.format(Locale.ROOT, "%.2f", k.upper()) : "n/a", k.replicatesUsed(), k.replicates(),
        k.fit().points());
    return new Claim(PAPER, id, statement, measured, paper, v, "reproduced if the 95 % interval of k lies at or below "
        + bound + "; partly if k does but its interval reaches above; not reproduced if k > " + bound, phaseScale(r));
  }

  private static String phaseScale(PhaseResult r) {
    PhaseConfig c = r.config();
    PhaseConfig full = PhaseConfig.full(0);
    String counts = String.format(Locale.ROOT, "%d trials per cell, %d × %d grid, n ≤ %d", c.trials(),
        c.dimensions().size(), c.sampleSizes().size(), c.dimensions().get(c.dimensions().size() - 1));
    boolean reduced = c.trials() < full.trials() || c.dimensions().size() < full.dimensions().size()
        || c.sampleSizes().size() < full.sampleSizes().size();
    return reduced ? "reduced: " + counts + " (full: " + full.trials() + " trials, " + full.dimensions().size() + " × "
        + full.sampleSizes().size() + ")" : counts;
  }

  /**
   * Recurrence: without label noise the iterate stays at w* once reached; with noise it escapes and keeps returning.
   * Rule: in every noiseless cell every trial that reached w* stayed; in every noisy cell every trial reached w* and
   * the trials returned to it at least once on average. Reproduced when both hold, partly when one does, not
   * reproduced when neither.
   */
  public static Claim recurrence(RecurrenceResult r) {
    long reachedClean = 0;
    long stayedClean = 0;
    long reachedNoisy = 0;
    long trialsNoisy = 0;
    double fewestReturns = Double.POSITIVE_INFINITY;
    boolean noisyReturns = true;
    boolean anyNoisy = false;
    boolean anyClean = false;
    for (RecurrenceCell x : r.cells()) {
      if (x.noise() == 0) {
        anyClean = true;
        reachedClean += x.reached();
        stayedClean += x.stayed();
      } else {
        anyNoisy = true;
        reachedNoisy += x.reached();
        trialsNoisy += x.trials();
        fewestReturns = Math.min(fewestReturns, x.meanReturns());
        noisyReturns &= x.reached() == x.trials() && x.meanReturns() >= 1;
      }
    }
    String statement = "Under label noise the STE iterate does not settle: it leaves w* and keeps returning "
        + "(recurrence); without noise it stays once it reaches w*";
    if (!anyClean || !anyNoisy) {
      return Claim.notRun(PAPER, "recurrence", statement, "", "the run needs both s = 0 and s > 0");
    }
    boolean cleanStays = stayedClean == reachedClean && reachedClean > 0;
    int held = (cleanStays ? 1 : 0) + (noisyReturns ? 1 : 0);
    String measured = String.format(Locale.ROOT, "noiseless: stayed in %s of trials that reached w*; noisy: reached "
        + "w* in %s, fewest mean returns per trial %.1f", ClaimText.rate(stayedClean, Math.max(1, reachedClean)),
        ClaimText.rate(reachedNoisy, trialsNoisy), fewestReturns);
    RecurrenceConfig full = RecurrenceConfig.full(0);
    String counts = String.format(Locale.ROOT, "%d trials per (s, N), n = %d, T = %d", r.config().trials(),
        r.config().model().dimension(), r.config().method().iterations());
    String scale = r.config().trials() < full.trials() ? "reduced: " + counts + " (full: " + full.trials()
        + " trials, n = " + full.model().dimension() + ", T = " + full.method().iterations() + ")" : counts;
    return new Claim(PAPER, "recurrence", statement, measured, "", Verdicts.allSomeNone(held, 2), "reproduced if every "
        + "noiseless trial that reached w* stayed, and in every noisy cell all trials reached w* and returned ≥ 1 "
        + "time on average", scale);
  }

  /** Every claim of the two experiments, in report order (tests and callers that have both results). */
  public static List<Claim> all(PhaseResult phase, RecurrenceResult recurrence) {
    List<Claim> out = new ArrayList<>(phase(phase));
    out.add(recurrence(recurrence));
    return out;
  }
}
