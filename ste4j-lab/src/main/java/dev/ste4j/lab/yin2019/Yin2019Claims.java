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
