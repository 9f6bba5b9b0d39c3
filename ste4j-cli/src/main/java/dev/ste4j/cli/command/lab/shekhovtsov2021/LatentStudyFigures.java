package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.shekhovtsov2021.EpochRow;
import dev.ste4j.lab.shekhovtsov2021.LatentRule;
import dev.ste4j.lab.shekhovtsov2021.LatentStudy;
import dev.ste4j.lab.shekhovtsov2021.LatentStudyResult;
import dev.ste4j.lab.shekhovtsov2021.WeightStats;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/**
 * The latent-weight study's tables, curves and text (experiment b): the validation sweep, the final accuracies over
 * seeds, and the weight diagnostic that explains the ranking. Every number in the text is read from the result.
 */
public final class LatentStudyFigures {

  private LatentStudyFigures() {}

  /** Writes {prefix}-sweep.csv, {prefix}-curves.csv and the plots; fills the section; returns a short summary. */
  public static String study(LatentStudyResult r, RunFolder run, Report.Section s, String prefix, String scaleNote)
      throws IOException {
    List<LatentRule> rules = r.config().rules();
    Table sweep = new Table("rule", "rate", "validation_accuracy", "seconds");
    for (LatentStudy.SweepRow row : r.sweep()) {
      sweep.row(row.rule(), row.rate(), row.validationAccuracy(), row.seconds());
    }
    run.writeTable(prefix + "-sweep", sweep);
    Table curves = new Table("rule", "seed", "rate", "epoch", "train_loss", "deterministic_accuracy",
        "ensemble_accuracy", "mean_uncertainty", "saturated_fraction", "median_abs_eta", "p90_abs_eta",
        "mean_sgd_factor", "seconds");
    curves.undefinedWhen("ensemble_accuracy", "Evaluated after the last epoch only.");
    for (LatentStudy.Run run1 : r.runs()) {
      for (EpochRow e : run1.curve()) {
        WeightStats w = e.weights();
        curves.row(run1.rule(), run1.seed(), run1.rate(), e.epoch(), e.trainLoss(), e.deterministicAccuracy(),
            e.ensembleAccuracy(), w.meanUncertainty(), w.saturatedFraction(), w.medianAbsEta(), w.p90AbsEta(),
            w.meanSgdFactor(), e.seconds());
      }
    }
    run.writeTable(prefix + "-curves", curves);

    s.paragraph("An SBN with binary weights and activations, hidden " + Arrays.toString(r.config().hidden())
        + ", logistic unit noise, normalisation a = " + r.config().gain() + "·(W h)/sqrt(fan-in) + b (fixed, no "
        + "batch statistics), trained with the ST estimator on " + r.trainRows() + " images of " + r.data()
        + " for " + r.config().epochs() + " epochs (batch " + r.config().batchSize() + ") and tested on "
        + r.testRows() + " test images, " + r.config().seeds() + " seeds per rule. Each rule's step size is the "
        + "best of base·" + Arrays.toString(r.config().multipliers()) + " by deterministic accuracy on the last "
        + r.config().validation() + " training images after " + r.config().sweepEpochs() + " epoch(s) on "
        + r.config().sweepTrain() + " others (the same sweep for every rule). " + scaleNote);
    Table sw = new Table("rule", "step size", "validation accuracy", "chosen");
    double[] chosen = r.chosenRates();
    for (LatentStudy.SweepRow row : r.sweep()) {
      int k = rules.indexOf(LatentRule.parse(row.rule()));
      sw.row(row.rule(), row.rate(), Shekhovtsov2021Figures.round(row.validationAccuracy()),
          row.rate() == chosen[k] ? "yes" : "");
    }
    s.table("Validation sweep (" + r.data() + ")", sw);
    Table fin = new Table("rule", "step size", "deterministic accuracy (mean ± sd)", "ensemble accuracy (mean ± sd)",
        "saturated weights", "median |η|", "mean 2F′(η)", "mean min(θ, 1−θ)", "seconds per run");
    StringBuilder text = new StringBuilder(r.data() + ", test accuracy over " + r.config().seeds()
        + " seeds (deterministic):");
    for (LatentRule rule : rules) {
      LatentStudyResult.Summary m = r.summary(rule);
      fin.row(rule.id(), m.rate(), pm(m.deterministicMean(), m.deterministicSd()), pm(m.ensembleMean(),
          m.ensembleSd()), pct(m.saturatedMean()), Shekhovtsov2021Figures.round(m.medianAbsEtaMean()),
          Shekhovtsov2021Figures.round(m.sgdFactorMean()), Shekhovtsov2021Figures.round(m.uncertaintyMean()),
          Shekhovtsov2021Figures.round(m.secondsMean()));
      text.append(String.format(Locale.ROOT, " %s %.4f ± %.4f;", rule.id(), m.deterministicMean(),
          m.deterministicSd()));
    }
    s.table("After epoch " + r.config().epochs() + " (" + r.data() + "; the weight columns are means over seeds at "
        + "the end; saturated: min(θ, 1−θ) < " + WeightStats.SATURATED + ")", fin);
    s.paragraph(explanation(r));

    plot(r, run, s, prefix + "-accuracy", "deterministic test accuracy", EpochRow::deterministicAccuracy);
    plot(r, run, s, prefix + "-saturated", "fraction of saturated weights", e -> e.weights().saturatedFraction());
    plot(r, run, s, prefix + "-sgd-factor", "mean 2F′(η) (the factor of SGD on η)",
        e -> e.weights().meanSgdFactor());
    XyChart h = Charts.line("Distribution of min(θ, 1−θ) after the last epoch (" + r.data() + ", seed "
        + r.config().seed() + ")", "min(θ, 1−θ) (bin centre)", "share of weights");
    double[] centres = new double[WeightStats.BINS];
    for (int k = 0; k < centres.length; k++) {
      centres[k] = (k + 0.5) * 0.5 / WeightStats.BINS;
    }
    for (LatentRule rule : rules) {
      Charts.add(h, rule.id(), centres, r.runs(rule).get(0).last().weights().uncertaintyHistogram());
    }
    s.image(run.plot(prefix + "-uncertainty-histogram", h), "Weight certainty at the end: mass near 0 means "
        + "nearly deterministic weights.");
    String summary = text.substring(0, text.length() - 1);
    s.paragraph("Measured: " + summary + "; study wall time " + String.format(Locale.ROOT, "%.0f s", r.seconds())
        + ".");
    return summary;
  }

  /** Which rule won and what the diagnostic says, from the numbers. */
  static String explanation(LatentStudyResult r) {
    List<LatentRule> rules = r.config().rules();
    LatentRule best = rules.get(0);
    for (LatentRule rule : rules) {
      if (r.summary(rule).deterministicMean() > r.summary(best).deterministicMean()) {
        best = rule;
      }
    }
    LatentStudyResult.Summary b = r.summary(best);
    StringBuilder t = new StringBuilder(String.format(Locale.ROOT, "Winner on %s: %s (%.4f ± %.4f).", r.data(),
        best.id(), b.deterministicMean(), b.deterministicSd()));
    if (rules.contains(LatentRule.MIRROR_DESCENT) && rules.contains(LatentRule.SGD_LOGITS)) {
      LatentStudyResult.Summary md = r.summary(LatentRule.MIRROR_DESCENT);
      LatentStudyResult.Summary sg = r.summary(LatentRule.SGD_LOGITS);
      double diff = md.deterministicMean() - sg.deterministicMean();
      t.append(String.format(Locale.ROOT, " Mirror descent − SGD on logits: %+.4f (sds %.4f, %.4f). At the end "
          + "%.1f%% of mirror descent's weights and %.1f%% of SGD on logits' are saturated (median |η| %.2f and "
          + "%.2f, 90th percentile %.1f and %.1f); SGD on logits multiplies its steps by 2σ′(η), on average %.3f at "
          + "the end (0.5 at η = 0), mirror descent by nothing.", diff, md.deterministicSd(), sg.deterministicSd(),
          100 * md.saturatedMean(), 100 * sg.saturatedMean(), md.medianAbsEtaMean(), sg.medianAbsEtaMean(),
          md.p90AbsEtaMean(), sg.p90AbsEtaMean(), sg.sgdFactorMean()));
      t.append(String.format(Locale.ROOT, " Test accuracy fell from one epoch to the next in %d of %d epochs for "
          + "mirror descent and %d for SGD on logits (seed means).", drops(r, LatentRule.MIRROR_DESCENT),
          r.config().epochs() - 1, drops(r, LatentRule.SGD_LOGITS)));
      if (diff < 0 && md.p90AbsEtaMean() > 2 * sg.p90AbsEtaMean()) {
        t.append(" Reading: nothing bounds mirror descent's logits, so confident weights are pushed ever further and "
            + "become hard to revise; at a fixed step size the factor 2σ′(η) acts on SGD on logits as a per-weight "
            + "step decay once a weight is confident, so it settles, and at this training length that helps.");
      } else if (diff > 0 && sg.sgdFactorMean() < 0.4) {
        t.append(" Reading: the factor 2σ′(η) has fallen well below its start value, so confident weights have "
            + "nearly stopped moving under SGD on logits while mirror descent keeps adjusting them.");
      } else {
        t.append(" Reading: neither saturation nor the size of |η| separates the rules clearly at this scale; they "
            + "differ mainly through their step sizes, which the sweep set separately.");
      }
    }
    return t.toString();
  }

  /** Epochs after which a rule's seed-mean deterministic test accuracy was lower than after the epoch before. */
  static int drops(LatentStudyResult r, LatentRule rule) {
    List<LatentStudy.Run> rs = r.runs(rule);
    int n = 0;
    double before = Double.NaN;
    for (int e = 0; e < rs.get(0).curve().size(); e++) {
      double m = 0;
      for (LatentStudy.Run one : rs) {
        m += one.curve().get(e).deterministicAccuracy() / rs.size();
      }
      n += m < before ? 1 : 0;
      before = m;
    }
    return n;
  }

  private static void plot(LatentStudyResult r, RunFolder run, Report.Section s, String file, String name,
      ToDoubleFunction<EpochRow> f) throws IOException {
    XyChart c = Charts.line(name + " by epoch (" + r.data() + ", mean and range over seeds)", "epoch", name);
    int seeds = 0;
    for (LatentRule rule : r.config().rules()) {
      List<LatentStudy.Run> rs = r.runs(rule);
      int epochs = rs.get(0).curve().size();
      double[] x = new double[epochs];
      double[] y = new double[epochs];
      double[] low = new double[epochs];
      double[] high = new double[epochs];
      java.util.Arrays.fill(low, Double.POSITIVE_INFINITY);
      java.util.Arrays.fill(high, Double.NEGATIVE_INFINITY);
      for (int e = 0; e < epochs; e++) {
        x[e] = e + 1;
        for (LatentStudy.Run one : rs) {
          double v = f.applyAsDouble(one.curve().get(e));
          y[e] += v / rs.size();
          low[e] = Math.min(low[e], v);
          high[e] = Math.max(high[e], v);
        }
      }
      Charts.add(c, rule.id(), x, y).band(low, high);
      seeds = Math.max(seeds, rs.size());
    }
    s.image(run.plot(file, c), name + " per rule: mean over " + seeds + " seeds, shaded from the lowest to the "
        + "highest seed.");
  }

  static String pm(double mean, double sd) {
    return String.format(Locale.ROOT, "%.4f ± %.4f", mean, sd);
  }

  static String pct(double v) {
    return String.format(Locale.ROOT, "%.1f%%", 100 * v);
  }
}
