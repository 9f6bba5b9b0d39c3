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
 * <p>Scale: against this lab's full configuration ({@link PhaseConfig#full}, {@link RecurrenceConfig#full}); the
 * paper's own grid, trial counts and constants are not known here (its full text was not available), and every scale
 * says so.
 */
public final class Jeong2025Claims {

  /** The paper's section name in claims. */
  public static final String PAPER = "jeong2025";

  /** What every scale adds: the paper's own scale is not known. */
  static final String PAPER_SCALE = "; the paper's own grid and trial counts are not known (full text unavailable)";

  private Jeong2025Claims() {}

  /** The level nearest which "with high probability" is tested. */
  static final double HIGH = 0.9;

  /**
   * The phase diagram's claims: a recovery threshold at every n with high probability, and the two exponents against
   * their bounds.
   */
  public static List<Claim> phase(PhaseResult r) {
    return List.of(threshold(r), exponent(r, "averaged", r.at(false, HIGH), 2), exponent(r, "last",
        r.at(true, HIGH), 4));
  }

  /**
   * Exact recovery of w* with high probability needs only finitely many samples. Rule: per n, both iterates reach the
   * recovery level nearest 90 % inside the grid of N (their threshold is estimated or lies below the grid);
   * reproduced at every n, partly at some, not reproduced at none.
   */
  static Claim threshold(PhaseResult r) {
    SampleComplexity last = r.at(true, HIGH);
    SampleComplexity averaged = r.at(false, HIGH);
    int dims = last.thresholds().size();
    int held = 0;
    for (int i = 0; i < dims; i++) {
      if (reached(last.thresholds().get(i)) && reached(averaged.thresholds().get(i))) {
        held++;
      }
    }
    int largestN = r.config().sampleSizes().get(r.config().sampleSizes().size() - 1);
    int lowest = Integer.MAX_VALUE;
    int trials = r.config().trials();
    for (int n : r.config().dimensions()) {
      lowest = Math.min(lowest, r.cell(n, largestN).lastSuccesses());
    }
    String level = percent(last.level());
    String measured = String.format(Locale.ROOT, "%s recovery reached inside the grid at %d of %d n; last-iterate "
        + "recovery at N = %d, lowest over n: %s", level, held, dims, largestN, ClaimText.rate(lowest, trials));
    return new Claim(PAPER, "recovery-threshold", "With enough samples the STE-gradient method recovers the binary "
        + "weights w* exactly with high probability: a finite sample-size threshold N*(n)", measured, "",
        Verdicts.allSomeNone(held, dims), "reproduced if at every n both iterates reach " + level + " recovery "
        + "inside the grid of N; partly if at some n; not reproduced if at none", phaseScale(r));
  }

  private static boolean reached(Threshold t) {
    return t.censoring() != Threshold.Censoring.ABOVE_GRID;
  }

  /**
   * The sample complexity grows at most as n^bound. Rule on the exponent k of N* ∝ nᵏ fitted to the upper half of the
   * n grid at the level nearest 90 %, with its 95 % bootstrap interval: reproduced when the interval lies at or below
   * the bound; partly when k does but the interval reaches above it; not reproduced when k is above it; not run when
   * k could not be fitted.
   */
  static Claim exponent(PhaseResult r, String iterate, SampleComplexity sc, int bound) {
    String id = "exponent-" + iterate;
    String statement = "Sample complexity of the " + iterate + " iterate is O(n" + (bound == 2 ? "²" : "⁴")
        + ") (third-party reading of the paper, unconfirmed)";
    String paper = "k ≤ " + bound;
    ExponentEstimate k = sc.upperExponent();
    if (!k.isEstimated()) {
      return Claim.notRun(PAPER, id, statement, paper, "too few thresholds inside the grid to fit k on the upper half"
          + " of n at " + percent(sc.level()));
    }
    boolean interval = !Double.isNaN(k.upper());
    Verdict v = k.exponent() > bound ? Verdict.NOT_REPRODUCED
        : interval && k.upper() <= bound ? Verdict.REPRODUCED : Verdict.PARTLY;
    String measured = String.format(Locale.ROOT, "k = %s at %s recovery, n from %d to %d (%d points; all n: k = %.2f)",
        interval(k), percent(sc.level()), k.dimensions().get(0), k.dimensions().get(k.dimensions().size() - 1),
        k.fit().points(), sc.exponent().exponent());
    return new Claim(PAPER, id, statement, measured, paper, v, "on the upper half of the n grid at "
        + percent(sc.level()) + " recovery: reproduced if the 95 % interval of k lies at or below " + bound
        + "; partly if k does but its interval reaches above; not reproduced if k > " + bound, phaseScale(r));
  }

  /**
   * Under label noise the last iterate needs more samples than the averaged one (the O(n⁴) against O(n²) reading).
   * Rule on the two exponents fitted to all n at the first recovery level of a noisy phase run (its n grid is short,
   * so its upper half would leave three points):
   * reproduced when the last iterate's 95 % interval lies above the averaged iterate's; partly when only its point
   * estimate is larger; not reproduced when it is not larger; not run without label noise or without both fits.
   */
  public static Claim lastVersusAveraged(PhaseResult noisy) {
    String id = "last-vs-averaged";
    String statement = "Under label noise the last iterate needs more samples than the averaged iterate (third-party "
        + "reading: O(n⁴) against O(n²))";
    ExponentEstimate last = noisy.last().exponent();
    ExponentEstimate averaged = noisy.averaged().exponent();
    if (noisy.config().model().noiseStd() == 0) {
      return Claim.notRun(PAPER, id, statement, "", "the run had no label noise");
    }
    if (!last.isEstimated() || !averaged.isEstimated()) {
      return Claim.notRun(PAPER, id, statement, "", "too few thresholds inside the grid to fit both exponents");
    }
    boolean separated = !Double.isNaN(last.lower()) && !Double.isNaN(averaged.upper())
        && last.lower() > averaged.upper();
    Verdict v = last.exponent() <= averaged.exponent() ? Verdict.NOT_REPRODUCED
        : separated ? Verdict.REPRODUCED : Verdict.PARTLY;
    String measured = String.format(Locale.ROOT, "label noise s = %s, %s recovery, all n: last k = %s, "
        + "averaged k = %s", ClaimText.sig3(noisy.config().model().noiseStd()), percent(noisy.last().level()),
        interval(last), interval(averaged));
    return new Claim(PAPER, id, statement, measured, "last k > averaged k", v, "reproduced if the last iterate's 95 %"
        + " interval of k lies above the averaged iterate's; partly if only its point estimate is larger; not "
        + "reproduced otherwise", phaseScale(noisy, PhaseConfig.noisyFull(0)));
  }

  static String interval(ExponentEstimate k) {
    return Double.isNaN(k.lower()) ? String.format(Locale.ROOT, "%.2f [no interval]", k.exponent())
        : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]", k.exponent(), k.lower(), k.upper());
  }

  static String percent(double level) {
    double p = 100 * level;
    return String.format(Locale.ROOT, p == Math.rint(p) ? "%.0f %%" : "%.1f %%", p);
  }

  private static String phaseScale(PhaseResult r) {
    return phaseScale(r, PhaseConfig.full(0));
  }

  /** The run's scale against {@code full}, this lab's full configuration of the same experiment. */
  private static String phaseScale(PhaseResult r, PhaseConfig full) {
    PhaseConfig c = r.config();
    String counts = String.format(Locale.ROOT, "%d trials per cell, %d × %d grid, n ≤ %d", c.trials(),
        c.dimensions().size(), c.sampleSizes().size(), c.dimensions().get(c.dimensions().size() - 1));
    boolean reduced = c.trials() < full.trials() || c.dimensions().size() < full.dimensions().size()
        || c.sampleSizes().size() < full.sampleSizes().size();
    return (reduced ? "reduced: " + counts + " (lab full scale: " + full.trials() + " trials, "
        + full.dimensions().size() + " × " + full.sampleSizes().size() + ")" : counts) + PAPER_SCALE;
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
    String scale = (r.config().trials() < full.trials() ? "reduced: " + counts + " (lab full scale: " + full.trials()
        + " trials, n = " + full.model().dimension() + ", T = " + full.method().iterations() + ")" : counts)
        + PAPER_SCALE;
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
