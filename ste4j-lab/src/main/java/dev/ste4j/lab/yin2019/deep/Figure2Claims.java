package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import dev.ste4j.lab.claim.Verdicts;
import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The verdicts on the Figure 2 protocol (and its Figure 4 variant), one claim per continuation STE, over repeats with
 * different root seeds. Each curve is judged by {@link Figure2Drift}; the claim compares that with what the paper
 * shows for the pair (starting STE, continuation STE):
 *
 * <ul>
 *   <li>identity STE from any minimum: drifts (Figure 2);
 *   <li>ReLU STE from the clipped-ReLU minimum: drifts (Figure 4, 2-bit ResNet-20);
 *   <li>any other pair (a ReLU or clipped-ReLU STE from a minimum of its own or of the other): stays — the paper's
 *       reading that these STEs, unlike the identity STE, are stable near a minimum (Theorem 1 for the two-layer
 *       model), which is the lab's control for the rule.
 * </ul>
 *
 * Rule: fewer than {@value #MIN_SEEDS} seeds is "not run"; otherwise reproduced when every curve of that continuation
 * STE behaves as expected, partly when some do, not reproduced when none do.
 */
public final class Figure2Claims {

  /** The fewest independent repeats a verdict is drawn from. */
  public static final int MIN_SEEDS = 3;

  private static final String PAPER = "yin2019";

  private Figure2Claims() {}

  /** Whether the paper shows the curve from {@code from}'s minimum continued with {@code continued} drifting. */
  public static boolean expectedToDrift(SteVariant from, SteVariant continued) {
    return continued == SteVariant.IDENTITY || (continued == SteVariant.RELU && from == SteVariant.CLIPPED_RELU);
  }

  /** One claim per continuation STE of the runs (which share their configuration but for the seed). */
  public static List<Claim> of(List<Figure2Result> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("figure2: no runs to judge");
    }
    Figure2Config c = runs.get(0).config();
    List<Claim> out = new ArrayList<>();
    for (SteVariant continued : c.continueStes()) {
      out.add(claim(runs, continued));
    }
    return out;
  }

  private static Claim claim(List<Figure2Result> runs, SteVariant continued) {
    Figure2Config c = runs.get(0).config();
    String id = "figure2-continue-" + continued.key();
    String statement = statement(continued);
    Set<Long> seeds = new LinkedHashSet<>();
    runs.forEach(r -> seeds.add(r.seed()));
    if (c.driftEpochs() < Figure2Drift.MIN_DRIFT_EPOCHS) {
      return Claim.notRun(PAPER, id, statement, "", "fewer than " + Figure2Drift.MIN_DRIFT_EPOCHS + " drift epochs");
    }
    int held = 0;
    int cases = 0;
    List<String> parts = new ArrayList<>();
    for (SteVariant from : c.minima().stes()) {
      int drifted = 0;
      int n = 0;
      double minRise = Double.POSITIVE_INFINITY;
      double maxRise = Double.NEGATIVE_INFINITY;
      double minDrop = Double.POSITIVE_INFINITY;
      double maxDrop = Double.NEGATIVE_INFINITY;
      for (Figure2Result r : runs) {
        for (Figure2Curve curve : r.curves()) {
          if (curve.from() != from || curve.continued() != continued) {
            continue;
          }
          Figure2Drift d = Figure2Drift.of(curve, r.testSize());
          n++;
          drifted += d.drifted() ? 1 : 0;
          held += d.drifted() == expectedToDrift(from, continued) ? 1 : 0;
          double relRise = d.rise() / Math.max(d.spread(), Double.MIN_NORMAL);
          minRise = Math.min(minRise, relRise);
          maxRise = Math.max(maxRise, relRise);
          minDrop = Math.min(minDrop, 100 * d.accuracyDrop());
          maxDrop = Math.max(maxDrop, 100 * d.accuracyDrop());
        }
      }
      cases += n;
      parts.add(String.format(Locale.ROOT, "from %s: drifted in %d of %d (expected %s; loss rise %s–%s × spread, "
          + "accuracy drop %.2f–%.2f pp)", from.key(), drifted, n, expectedToDrift(from, continued) ? "all" : "none",
          short3(minRise), short3(maxRise), minDrop, maxDrop));
    }
    String measured = String.join("; ", parts);
    String scale = scale(c, seeds.size());
    if (seeds.size() < MIN_SEEDS) {
      return new Claim(PAPER, id, statement, measured, "", Verdict.NOT_RUN, "not run: " + seeds.size()
          + " seed(s), a verdict needs at least " + MIN_SEEDS, scale);
    }
    return new Claim(PAPER, id, statement, measured, "", Verdicts.allSomeNone(held, cases), Figure2Drift.RULE
        + "; reproduced if every curve drifts where the paper's does and stays where it expects stability, partly if "
        + "some do, over at least " + MIN_SEEDS + " seeds", scale);
  }

  private static String statement(SteVariant continued) {
    return switch (continued) {
      case IDENTITY -> "Figure 2: continued with the identity STE at a tiny learning rate, the ReLU and clipped-ReLU "
          + "minima are left: training loss and test error rise";
      case RELU -> "Figure 4: continued with the ReLU STE, the clipped-ReLU minimum is left; the ReLU minimum "
          + "(control) stays";
      case CLIPPED_RELU -> "Control: continued with the clipped-ReLU STE, the ReLU and clipped-ReLU minima stay";
    };
  }

  /**
   * The scale against the paper's: the paper runs ResNet-20 on CIFAR-10 (4 bits, 200-epoch minima, 20 epochs at 1e-5,
   * 200 more); on another network the paper's scale is taken as that network's Table 2 schedule in place of 200.
   */
  public static String scale(Figure2Config c, int seeds) {
    Table1Config m = c.minima();
    DeepNetwork net = m.network();
    int paperEpochs = net.schedule().epochs();
    boolean reduced = m.epochs() < paperEpochs || c.driftEpochs() < 20 || c.thenEpochs() < paperEpochs
        || m.trainSubset() > 0 || m.testSubset() > 0;
    String data = m.trainSubset() > 0 ? m.trainSubset() + " training images" : "all training images";
    String test = m.testSubset() > 0 ? m.testSubset() + " test images" : "all test images";
    return String.format(Locale.ROOT, "%s%s%s, %d-bit: minima after %d of %d epochs (float network %d), %d drift "
            + "epochs at lr %s (paper: 20 at 1e-5), %d of %d epochs of the normal schedule, %s, %s, %d seed(s)",
        reduced ? "reduced: " : "", net.label(), net == DeepNetwork.RESNET20 ? "" : " (the paper: ResNet-20)",
        c.bits(), m.epochs(), paperEpochs, m.pretrainEpochs(), c.driftEpochs(), c.driftLr(), c.thenEpochs(),
        paperEpochs, data, test, seeds);
  }

  /** The claims when the protocol could not run (e.g. no CIFAR-10 for ResNet-20), one per continuation STE. */
  public static List<Claim> notRun(List<SteVariant> continueStes, String why) {
    return continueStes.stream().map(s -> Claim.notRun(PAPER, "figure2-continue-" + s.key(), statement(s), "", why))
        .toList();
  }

  private static String short3(double x) {
    return String.format(Locale.ROOT, "%.3g", x);
  }
}
