package dev.ste4j.lab.yin2019;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.ClaimText;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.lab.claim.Verdicts;
import dev.ste4j.lab.numeric.BinomialInterval;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The verdicts on Yin et al. (2019)'s claims about the two-layer model that experiments (a)–(d) test, each computed
 * from a result by the rule written beside it. Table 1's claims are in {@link dev.ste4j.lab.yin2019.deep.Table1Claims}.
 *
 * <p>Scale: the paper states no run counts for its synthetic experiments, so a claim's scale is measured against this
 * lab's full configuration; one below it is written {@code reduced: …}.
 */
public final class Yin2019Claims {

  /** The paper's section name in claims. */
  public static final String PAPER = "yin2019";
  /** ‖E g‖ below this times ‖E g_id‖ counts as zero (round-off of the closed forms is near 1e-16). */
  static final double VANISHING = 1e-9;
  /** The identity norm agrees with the paper's formula when their relative difference is below this. */
  static final double FORMULA_TOLERANCE = 1e-9;
  /** A run started at the spurious minimizer has left it when it ends this far from it. */
  static final double LEFT = 0.1;
  /** ... and has stayed when it ends this close. */
  static final double STAYED = 1e-6;

  private Yin2019Claims() {}

  /**
   * Theorem 2, one claim per STE it covers: from starts meeting its conditions, population coarse gradient descent
   * with the ReLU or clipped-ReLU STE converges to a global minimizer. Rule: reproduced when every run did; partly
   * when the 95 % Wilson interval of the fraction lies above 1/2; not reproduced otherwise.
   */
  public static List<Claim> theorem2(ConvergenceResult r) {
    List<Claim> out = new ArrayList<>();
    int full = ConvergenceConfig.full(0).runs();
    String scale = r.config().runs() < full
        ? "reduced: " + r.config().runs() + " of the full scale's " + full + " runs per STE"
        : r.config().runs() + " runs per STE";
    for (SteVariant ste : List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU)) {
      List<ConvergenceRun> runs = r.select("population", "theorem2", ste);
      if (runs.isEmpty()) {
        continue;
      }
      long global = runs.stream().filter(x -> x.outcome().equals(ConvergenceRun.GLOBAL)).count();
      BinomialInterval w = BinomialInterval.wilson95(global, runs.size());
      Verdict v = global == runs.size() ? Verdict.REPRODUCED : w.low() > 0.5 ? Verdict.PARTLY : Verdict.NOT_REPRODUCED;
      out.add(new Claim(PAPER, "theorem2-" + YinSte.key(ste), "Theorem 2: from starts meeting its conditions, "
          + "coarse gradient descent with the " + YinSte.key(ste) + " STE converges to a global minimizer "
          + "(population loss)", "global minimizer reached in " + ClaimText.rate(global, runs.size()), "100 %", v,
          "reproduced if every run ends at a global minimizer; partly if the 95 % Wilson interval of the fraction lies "
          + "above 50 %", scale));
    }
    return out;
  }

  /**
   * Theorem 1, one claim per STE it covers: along population coarse gradient descent with the ReLU or clipped-ReLU STE
   * and a small step size the population loss never increases. Every step of every population run (random and
   * Theorem 2 starts) is checked; a rise counts when it exceeds {@link Trajectory#RISE_TOLERANCE} × f(v, 0). Rule:
   * reproduced when no step raised the loss; partly when every rise came at a step long against w (η‖g_w‖ ≥
   * {@link Trajectory#LONG_STEP} × ‖w‖: near the origin, where f is discontinuous and its gradient's Lipschitz constant
   * grows like 1/‖w‖², so no fixed η stays small), i.e. the loss fell at every other step; not reproduced when some
   * other step raised it.
   */
  public static List<Claim> theorem1(ConvergenceResult r) {
    List<Claim> out = new ArrayList<>();
    for (SteVariant ste : List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU)) {
      List<ConvergenceRun> runs = new ArrayList<>(r.select("population", "random", ste));
      runs.addAll(r.select("population", "theorem2", ste));
      if (runs.isEmpty()) {
        continue;
      }
      long steps = 0;
      long rises = 0;
      long atLongSteps = 0;
      long runsWithRise = 0;
      double largestAway = 0;
      for (ConvergenceRun x : runs) {
        Trajectory t = x.trajectory();
        steps += t.iterations()[t.size() - 1];
        rises += t.lossIncreases();
        atLongSteps += t.risesAtLongSteps();
        runsWithRise += t.lossIncreases() > 0 ? 1 : 0;
        largestAway = Math.max(largestAway, t.largestRiseAway());
      }
      Verdict v = rises == 0 ? Verdict.REPRODUCED : atLongSteps == rises ? Verdict.PARTLY : Verdict.NOT_REPRODUCED;
      out.add(new Claim(PAPER, "theorem1-" + YinSte.key(ste), "Theorem 1: with the " + YinSte.key(ste) + " STE and "
          + "a small step size, the population loss decreases monotonically along coarse gradient descent",
          String.format(Locale.ROOT, "η = %s: %d of %d steps raised f by more than %s × f(v, 0), in %s of the runs; "
              + "%d of them at steps of length ≥ %s × ‖w‖; largest rise at any other step %s × f(v, 0)", r.config().stepSize(), rises, steps, ClaimText.sig3(Trajectory.RISE_TOLERANCE),
              ClaimText.rate(runsWithRise, runs.size()), atLongSteps, Trajectory.LONG_STEP,
              ClaimText.sig3(largestAway)),
          "monotone (proved for small η)", v,
          "a rise is an increase of f by more than " + ClaimText.sig3(Trajectory.RISE_TOLERANCE) + " × f(v, 0) = "
              + "⅛v*ᵀ(I+11ᵀ)v* in one step (the closed form rounds to about 1e-14 of it); reproduced if no step of "
              + "any population run rises; partly if every rise is at a step of length ≥ " + Trajectory.LONG_STEP
              + " × ‖w‖ (near the origin, where f jumps and no fixed η is small)", runsScale(r)));
    }
    return out;
  }

  /**
   * The population analysis describes the sampled algorithm: from the same starts, with the same η and iterations,
   * empirical coarse gradient descent on enough samples reaches the global minimizer as often as the population
   * version. Rule, per STE (ReLU and clipped ReLU): "held" when at the largest N the population fraction lies inside
   * the 95 % Wilson interval of the empirical fraction and the paired disagreements (runs where exactly one of the
   * pair reached it) are no more than at the smallest N; reproduced when it held for both STEs, partly for one, not
   * reproduced for none.
   */
  public static Claim gap(GapResult r) {
    int[] sizes = r.config().samples();
    int small = sizes[0];
    int large = sizes[sizes.length - 1];
    int held = 0;
    List<String> parts = new ArrayList<>();
    for (SteVariant ste : GapExperiment.STES) {
      int runs = r.select(ste, 0).size();
      int pop = r.global(ste, 0);
      List<String> emp = new ArrayList<>();
      for (int size : sizes) {
        emp.add("N = " + size + " " + ClaimText.rate(r.global(ste, size), runs));
      }
      int[] atSmall = r.paired(ste, small);
      int[] atLarge = r.paired(ste, large);
      BinomialInterval w = BinomialInterval.wilson95(r.global(ste, large), runs);
      double p = pop / (double) runs;
      boolean ok = p >= w.low() && p <= w.high() && atLarge[1] + atLarge[2] <= atSmall[1] + atSmall[2];
      held += ok ? 1 : 0;
      parts.add(YinSte.key(ste) + ": population " + ClaimText.rate(pop, runs) + "; empirical " + String.join(", ", emp)
          + "; pairs disagreeing " + (atSmall[1] + atSmall[2]) + " at N = " + small + ", " + (atLarge[1] + atLarge[2])
          + " at N = " + large);
    }
    int full = GapConfig.full(0).runs();
    String scale = (r.config().runs() < full ? "reduced: " + r.config().runs() + " of the full scale's " + full
        : String.valueOf(r.config().runs())) + " paired runs per STE, " + r.config().iterations() + " iterations, η = "
        + r.config().stepSize() + ", N up to " + large;
    return new Claim(PAPER, "population-empirical-gap", "With enough samples, empirical coarse gradient descent "
        + "(ReLU, clipped ReLU) reaches the global minimizer as often as the population version it is analysed as",
        String.join(" | ", parts), "", Verdicts.allSomeNone(held, GapExperiment.STES.size()),
        "per STE: at the largest N the population fraction lies in the empirical fraction's 95 % Wilson interval and "
            + "the paired disagreements are no more than at the smallest N; reproduced if so for both STEs, partly "
            + "for one", scale);
  }

  private static String runsScale(ConvergenceResult r) {
    int full = ConvergenceConfig.full(0).runs();
    return r.config().runs() < full
        ? "reduced: " + r.config().runs() + " of the full scale's " + full + " runs per STE and start, "
            + r.config().iterations() + " iterations"
        : r.config().runs() + " runs per STE and start, " + r.config().iterations() + " iterations";
  }

  /**
   * Lemma 3 / Proposition 2: at the spurious minimizer the identity STE's expected coarse gradient is non-zero, with
   * norm 2(m−1)(1ᵀv*)²/(√(2π)(m+1)²), while those of ReLU and clipped ReLU vanish. Rule: reproduced when for every
   * m the identity norm matches the formula within a relative 1e-9 and the other two are below 1e-9 times it; partly
   * when that holds for some m; not reproduced when for none.
   */
  public static Claim spuriousGradient(InstabilityResult r) {
    int held = 0;
    double worstFormula = 0;
    double worstVanishing = 0;
    for (InstabilityNorm n : r.norms()) {
      double rel = Math.abs(n.identity() - n.paperIdentity()) / n.paperIdentity();
      double vanishing = Math.max(n.relu(), n.clippedRelu()) / n.identity();
      worstFormula = Math.max(worstFormula, rel);
      worstVanishing = Math.max(worstVanishing, vanishing);
      if (rel < FORMULA_TOLERANCE && vanishing < VANISHING) {
        held++;
      }
    }
    int m = r.norms().size();
    return new Claim(PAPER, "spurious-gradient", "At the spurious minimizer the identity STE's expected coarse "
        + "gradient is non-zero, ‖E g_id‖ = 2(m−1)(1ᵀv*)²/(√(2π)(m+1)²); those of ReLU and clipped ReLU vanish",
        String.format(Locale.ROOT, "%d of %d teachers: largest relative difference from the formula %s; ReLU/clipped "
            + "ReLU norms at most %s × ‖E g_id‖", held, m, ClaimText.sig3(worstFormula), ClaimText.sig3(worstVanishing)),
        "‖E g_id‖ formula", Verdicts.allSomeNone(held, m),
        "reproduced if for every m the identity norm matches the formula within 1e-9 (relative) and the ReLU and "
            + "clipped-ReLU norms are below 1e-9 × ‖E g_id‖", scaleOf(r));
  }

  /**
   * The instability itself: descent with the identity STE started at the spurious minimizer leaves it, with ReLU and
   * clipped ReLU it stays. Rule: per m, the identity run ends more than 0.1 from the minimizer and both others end
   * within 1e-6; reproduced when that holds for every m, partly for some, not reproduced for none.
   */
  public static Claim identityUnstable(InstabilityResult r) {
    int held = 0;
    int m = r.config().ms().length;
    double smallestLeft = Double.POSITIVE_INFINITY;
    double largestStay = 0;
    for (int patches : r.config().ms()) {
      double identity = distance(r, patches, SteVariant.IDENTITY);
      double stay = Math.max(distance(r, patches, SteVariant.RELU), distance(r, patches, SteVariant.CLIPPED_RELU));
      smallestLeft = Math.min(smallestLeft, identity);
      largestStay = Math.max(largestStay, stay);
      if (identity > LEFT && stay < STAYED) {
        held++;
      }
    }
    return new Claim(PAPER, "identity-unstable", "Coarse gradient descent with the identity STE is unstable at the "
        + "spurious minimizer (it leaves it); with ReLU and clipped ReLU it stays", String.format(Locale.ROOT,
        "%d of %d teachers: identity ends ≥ %s from it, ReLU/clipped ReLU ≤ %s", held, m, ClaimText.sig3(smallestLeft),
        ClaimText.sig3(largestStay)), "", Verdicts.allSomeNone(held, m), "reproduced if for every m the identity run started "
        + "at the minimizer ends > 0.1 from it and the ReLU and clipped-ReLU runs end within 1e-6", scaleOf(r));
  }

  private static double distance(InstabilityResult r, int m, SteVariant ste) {
    return r.runs().stream().filter(x -> x.m() == m && x.ste() == ste && x.start().equals("spurious"))
        .mapToDouble(InstabilityRun::distance).findFirst().orElse(Double.NaN);
  }

  private static String scaleOf(InstabilityResult r) {
    int full = InstabilityConfig.full(0).ms().length;
    return r.config().ms().length < full
        ? "reduced: " + r.config().ms().length + " of the full scale's " + full + " values of m"
        : r.config().ms().length + " values of m";
  }

  /**
   * Lemmas 5 and 9: the expected coarse gradients of the ReLU and clipped-ReLU STEs have a non-negative inner product
   * with the population gradient ∂f/∂w. Rule: reproduced when it is non-negative at every sampled point for both;
   * partly when each STE's 95 % Wilson interval of the fraction lies above 95 %; not reproduced otherwise.
   */
  public static Claim alignment(AlignmentSurveyResult r) {
    List<String> parts = new ArrayList<>();
    boolean all = true;
    boolean most = true;
    for (SteVariant ste : List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU)) {
      List<AlignmentSample> s = r.of(ste);
      long ok = s.stream().filter(a -> a.alignment().innerW() >= 0).count();
      all &= ok == s.size();
      most &= BinomialInterval.wilson95(ok, s.size()).low() > 0.95;
      parts.add(YinSte.key(ste) + " " + ClaimText.rate(ok, s.size()));
    }
    int full = AlignmentSurveyConfig.full(0).points();
    String scale = r.config().points() < full
        ? "reduced: " + r.config().points() + " of the full scale's " + full + " random points"
        : r.config().points() + " random points";
    return new Claim(PAPER, "alignment", "Lemmas 5 and 9: the ReLU and clipped-ReLU STEs' expected coarse gradients "
        + "have a non-negative inner product with the population gradient ∂f/∂w", "non-negative at "
        + String.join("; ", parts), "100 % (proved)", all ? Verdict.REPRODUCED : most ? Verdict.PARTLY
        : Verdict.NOT_REPRODUCED, "reproduced if non-negative at every point; partly if each 95 % Wilson interval lies "
        + "above 95 %", scale);
  }

  /**
   * Figure 1: the empirical loss after one coarse-gradient step jumps where activations flip, so for few samples it is
   * rough, and it smooths towards the population loss as N grows. Rule: reproduced when the largest jump between
   * neighbouring step sizes shrinks strictly from each N to the next larger one; not reproduced otherwise.
   */
  public static Claim figure1(OneStepLossResult r) {
    List<String> parts = new ArrayList<>();
    boolean shrinking = true;
    double previous = Double.POSITIVE_INFINITY;
    for (OneStepCurve c : r.curves()) {
      parts.add("N = " + c.samples() + ": " + ClaimText.sig3(c.largestChange()));
      shrinking &= c.largestChange() < previous;
      previous = c.largestChange();
    }
    int full = OneStepLossConfig.full(0).steps();
    String scale = r.config().steps() < full
        ? "reduced: " + r.config().steps() + " of the full scale's " + full + " step sizes"
        : r.config().steps() + " step sizes";
    return new Claim(PAPER, "figure1", "Figure 1: the empirical loss along a coarse-gradient step is rough for small "
        + "N and approaches the smooth population loss as N grows", "largest jump between neighbouring η: "
        + String.join(", ", parts), "", shrinking ? Verdict.REPRODUCED : Verdict.NOT_REPRODUCED,
        "reproduced if the largest jump shrinks strictly as N grows", scale);
  }
}
