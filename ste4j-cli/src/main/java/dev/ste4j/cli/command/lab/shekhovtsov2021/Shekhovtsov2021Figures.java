package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.shekhovtsov2021.AccuracyRow;
import dev.ste4j.lab.shekhovtsov2021.EnumerationBenchmark;
import dev.ste4j.lab.shekhovtsov2021.EpochRow;
import dev.ste4j.lab.shekhovtsov2021.EstimatorAccuracyResult;
import dev.ste4j.lab.shekhovtsov2021.LatentRule;
import dev.ste4j.lab.shekhovtsov2021.LatentWeightResult;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns the results of the Shekhovtsov &amp; Yanush experiments into tables, plots and report text, for both
 * {@code ste lab shekhovtsov2021 …} and {@code ste reproduce}. Every number in the text is read from the results.
 */
public final class Shekhovtsov2021Figures {

  private Shekhovtsov2021Figures() {}

  /** Experiment (a): writes {prefix}.csv/json and the plots; fills the section. Returns a short summary. */
  public static String estimators(EstimatorAccuracyResult r, RunFolder run, Report.Section s, String prefix)
      throws IOException {
    Table all = new Table("step", "expected_loss", "estimator", "layer", "samples", "bias", "relative_bias",
        "variance", "rmse", "cosine", "cosine_stderr", "exact_moments", "norm_ratio", "mean_cosine");
    for (AccuracyRow row : r.rows()) {
      all.row(row.step(), row.expectedLoss(), row.estimator(), row.layerName(), row.samples(), row.bias(),
          row.relativeBias(), row.variance(), row.rmse(), row.cosine(), row.cosineStdError(), row.exactMoments(),
          row.normRatio(), row.meanCosine());
    }
    run.writeTable(prefix, all);
    int[] steps = r.config().snapshots();
    int last = steps[steps.length - 1];
    int[] counts = r.config().sampleCounts();
    int nMax = r.config().maxSamples();
    List<String> estimators = estimatorNames(r);
    int layers = r.config().widths().length - 1;

    boolean bern = r.config().bernoulliWeights();
    s.paragraph("An SBN " + java.util.Arrays.toString(r.config().widths()) + " with " + r.config().noise().id()
        + " noise (scale " + r.config().noiseScale() + ")" + (bern ? " and Bernoulli ±1 weights w = sign(η − z_w) "
        + "(weight noise of the same kind; ST for weights ∂w/∂η := 2F′(η))" : " and real weights")
        + " is trained by SGD with the ST estimator on "
        + r.config().examples() + " synthetic examples. At steps " + java.util.Arrays.toString(steps)
        + " the exact gradient of the mean expected loss is enumerated over all hidden states"
        + (bern ? " and weight states" : "") + ", and so are the exact "
        + "expectation and variance of every estimator except those that depend on the continuous noise, ARM and "
        + "the Concrete relaxation (Monte Carlo, flagged, " + r.config().relaxedSamples() + " draws per example; "
        + "Concrete's τ = " + r.config().temperature() + " is in units of the noise scale). Bias = ‖E ĝ − g‖, "
        + "variance and RMSE of the mean of N "
        + "batch estimates follow in closed form; the cosine to g is a Monte Carlo mean over " + r.config().trials()
        + " trials.");
    int n0 = counts[0];
    boolean two = nMax != n0;
    List<String> cols = new ArrayList<>(List.of("estimator", "layer", "relative bias", "‖E ĝ‖/‖g‖", "cos(E ĝ, g)",
        "variance (N=" + n0 + ")",
        "RMSE (N=" + n0 + ")", "cosine (N=" + n0 + ")"));
    if (two) {
      cols.add("cosine (N=" + nMax + ")");
    }
    cols.add("moments");
    Table summary = new Table(cols);
    for (String e : estimators) {
      for (int layer = -1; layer < layers; layer++) {
        AccuracyRow one = r.find(e, layer, last, n0);
        List<Object> v = new ArrayList<>(List.of(e, one.layerName(), round(one.relativeBias()),
            round(one.normRatio()), round(one.meanCosine()), round(one.variance()), round(one.rmse()),
            round(one.cosine())));
        if (two) {
          v.add(round(r.find(e, layer, last, nMax).cosine()));
        }
        v.add(one.exactMoments() ? "exact" : "Monte Carlo");
        summary.row(v.toArray());
      }
    }
    s.table("Accuracy at step " + last + " (expected loss " + round(r.find(estimators.get(0), -1, last, n0)
        .expectedLoss()) + "), per layer (0 = first) and for all parameters", summary);

    XyChart rmse = Charts.logLog("RMSE vs samples averaged (all parameters, step " + last + ")", "samples N",
        "RMSE ‖ĝ_N − g‖");
    XyChart cosAll = Charts.logX("Cosine to the exact gradient (all parameters, step " + last + ")", "samples N",
        "mean cos(ĝ_N, g)");
    double[] xs = java.util.Arrays.stream(counts).asDoubleStream().toArray();
    for (String e : estimators) {
      Charts.add(rmse, e, xs, series(r, e, -1, last, counts, AccuracyRow::rmse));
      Charts.add(cosAll, e, xs, series(r, e, -1, last, counts, AccuracyRow::cosine));
    }
    s.image(run.plot(prefix + "-rmse", rmse), "RMSE of the N-sample mean: biased estimators level off at their "
        + "bias, unbiased ones fall as 1/sqrt(N)." + rmse.coincidences());
    s.image(run.plot(prefix + "-cosine", cosAll), "Mean cosine similarity to the exact gradient."
        + cosAll.coincidences());
    List<java.nio.file.Path> perLayer = new ArrayList<>();
    StringBuilder same = new StringBuilder();
    for (int layer = 0; layer < layers; layer++) {
      XyChart c = Charts.logX("Layer " + layer + " (step " + last + ")", "samples N", "mean cos(ĝ_N, g)").panel();
      for (String e : estimators) {
        Charts.add(c, e, xs, series(r, e, layer, last, counts, AccuracyRow::cosine));
      }
      perLayer.add(run.plot(prefix + "-cosine-layer" + layer, c));
      String together = c.coincidences();
      if (!together.isEmpty()) {
        same.append(" Layer ").append(layer).append(":").append(together.replace(" Curves that coincide",
            " curves that coincide"));
      }
    }
    s.imageRow(perLayer, "Mean cosine to the exact gradient per layer, layer 0 to " + (layers - 1) + " from left to "
        + "right (layer " + (layers - 1) + " is the output layer: no stochastic unit above it)." + same);
    XyChart bias = Charts.line("Relative bias during training (all parameters)", "training step",
        "‖E ĝ − g‖ / ‖g‖");
    double[] st = java.util.Arrays.stream(steps).asDoubleStream().toArray();
    for (String e : estimators) {
      double[] y = new double[steps.length];
      for (int k = 0; k < steps.length; k++) {
        y[k] = r.find(e, -1, steps[k], n0).relativeBias();
      }
      Charts.add(bias, e, st, y);
    }
    s.image(run.plot(prefix + "-bias-training", bias), "Relative bias at each snapshot.");

    StringBuilder text = new StringBuilder("at step " + last + ", relative bias / cosine (N=" + n0
        + ") to the exact gradient:");
    for (String e : estimators) {
      AccuracyRow row = r.find(e, -1, last, n0);
      text.append(String.format(Locale.ROOT, " %s %.3g / %.3f;", e, row.relativeBias(), row.cosine()));
    }
    text.setLength(text.length() - 1);
    // Not repeated on the page: the table above holds the same numbers; the text is the command's summary line.
    StringBuilder mc = new StringBuilder();
    for (String e : estimators) {
      AccuracyRow row = r.find(e, -1, last, n0);
      if (!row.exactMoments() && row.relativeBias() > 0) {
        double norm = row.bias() / row.relativeBias();
        double err = Math.sqrt(row.variance() * n0 / r.config().relaxedSamples());
        mc.append(String.format(java.util.Locale.ROOT, "%s %s: sampling error about %.3g (relative %.3g) against "
            + "a measured %.3g", mc.length() == 0 ? "" : ";", e, err, err / norm, row.relativeBias()));
      }
    }
    if (mc.length() > 0) {
      s.paragraph("The Monte Carlo rows' bias includes the sampling error of their mean over "
          + r.config().relaxedSamples() + " draws per example, about sqrt(tr Var/" + r.config().relaxedSamples()
          + "): " + mc + ". A measured relative bias not well above its sampling error is no evidence of bias (ARM "
          + "is unbiased by construction; the tests check its exact expectation).");
    }
    if (estimators.contains("ste_identity")) {
      AccuracyRow id = r.find("ste_identity", -1, last, n0);
      s.paragraph(String.format(java.util.Locale.ROOT, "Why the identity STE can look good and is not: its single-"
          + "sample cosine to g is %.3f, yet its relative bias is %.3g. It has no variance, so its cosine is that of "
          + "its expectation, cos(E ĝ, g) = %.3f: the direction is %s. The bias is mostly the length: "
          + "‖E ĝ‖/‖g‖ = %.3g. The identity factor 1 replaces 2F′(a) ≤ %s at every unit, and the factors multiply "
          + "through the layers, so the estimate comes out %.3g times too long; and it evaluates the mode state only, "
          + "so no number of samples removes the error. A cosine measures direction only and cannot see this.",
          id.cosine(), id.relativeBias(), id.meanCosine(), id.meanCosine() > 0.7 ? "roughly right"
              : "only loosely aligned", id.normRatio(),
          r.config().noise() == dev.ste4j.lab.shekhovtsov2021.NoiseKind.LOGISTIC ? "1/2" : "1", id.normRatio()));
    }
    if (estimators.contains("st") && bern) {
      s.paragraph("With Bernoulli weights the output layer's weights are binary variables themselves, so ST is biased "
          + "there too (relative bias of st on layer " + (layers - 1) + ": " + String.format(java.util.Locale.ROOT,
          "%.3g", r.find("st", layers - 1, last, n0).relativeBias()) + "); only its real biases are pathwise.");
    } else if (estimators.contains("st")) {
      s.paragraph("The output layer's parameters sit above every stochastic unit, so a sampled estimator's gradient "
          + "there is pathwise and unbiased (relative bias of st on layer " + (layers - 1) + ": "
          + String.format(Locale.ROOT, "%.1e", r.find("st", layers - 1, last, n0).relativeBias())
          + "); the deterministic STEs evaluate the mode state instead and are biased there too.");
    }
    return text.toString();
  }

  /** Experiment (b): learning curves and the final comparison. Returns a short summary. */
  public static String latent(LatentWeightResult r, RunFolder run, Report.Section s, String prefix, String scaleNote)
      throws IOException {
    Table all = new Table("rule", "epoch", "train_loss", "deterministic_accuracy", "ensemble_accuracy",
        "mean_uncertainty", "seconds");
    for (EpochRow e : r.rows()) {
      all.row(e.rule(), e.epoch(), e.trainLoss(), e.deterministicAccuracy(), e.ensembleAccuracy(),
          e.meanUncertainty(), e.seconds());
    }
    run.writeTable(prefix, all);
    s.paragraph("An SBN with binary weights and binary activations (hidden " + java.util.Arrays.toString(
        r.config().hidden()) + ", logistic unit noise, pre-activation gain " + r.config().gain() + ") is trained on "
        + r.trainRows() + " examples of " + r.trainData() + " for " + r.config().epochs() + " epochs (batch "
        + r.config().batchSize() + ") with the ST estimator, once per latent-weight rule, and tested on " + r.testRows()
        + " examples of " + r.testData() + ". The deterministic network uses z = 0 and w = sign(η); the ensemble "
        + "averages the softmax of " + r.config().ensembleSamples() + " sampled networks. " + scaleNote);
    Table fin = new Table("rule", "step size", "deterministic accuracy", "ensemble accuracy", "train loss",
        "mean min(θ, 1−θ)");
    StringBuilder text = new StringBuilder("final test accuracy (deterministic / ensemble):");
    for (LatentRule rule : r.config().rules()) {
      EpochRow e = r.last(rule);
      fin.row(rule.id(), r.config().learningRate(rule), round(e.deterministicAccuracy()),
          round(e.ensembleAccuracy()), round(e.trainLoss()), round(e.meanUncertainty()));
      text.append(String.format(Locale.ROOT, " %s %.3f / %.3f;", rule.id(), e.deterministicAccuracy(),
          e.ensembleAccuracy()));
    }
    s.table("After epoch " + r.config().epochs(), fin);
    String[] names = {"deterministic test accuracy", "ensemble test accuracy", "sampled training loss",
        "mean weight uncertainty min(θ, 1−θ)"};
    String[] files = {"det-accuracy", "ensemble-accuracy", "loss", "uncertainty"};
    for (int k = 0; k < names.length; k++) {
      XyChart c = Charts.line(names[k] + " by epoch", "epoch", names[k]);
      for (LatentRule rule : r.config().rules()) {
        List<EpochRow> rows = r.rows().stream().filter(e -> e.rule().equals(rule.id())).toList();
        double[] x = rows.stream().mapToDouble(EpochRow::epoch).toArray();
        int kk = k;
        double[] y = rows.stream().mapToDouble(e -> switch (kk) {
          case 0 -> e.deterministicAccuracy();
          case 1 -> e.ensembleAccuracy();
          case 2 -> e.trainLoss();
          default -> e.meanUncertainty();
        }).toArray();
        Charts.add(c, rule.id(), x, y);
      }
      s.image(run.plot(prefix + "-" + files[k], c), names[k] + " per rule.");
    }
    s.paragraph("Measured: " + text.substring(0, text.length() - 1) + ".");
    return text.substring(0, text.length() - 1);
  }

  /** Enumeration speed and size limits. Returns a short summary. */
  public static String enumeration(List<EnumerationBenchmark.Row> rows, RunFolder run, Report.Section s,
      String prefix) throws IOException {
    Table t = new Table("hidden_units", "states", "exact_gradient_seconds", "exact_states_per_second",
        "st_expectation_seconds", "st_states_per_second", "threads");
    String notTimed = "Not timed: above --st-max, where one backward pass per state would take too long.";
    t.undefinedWhen("st_expectation_seconds", notTimed).undefinedWhen("st_states_per_second", notTimed);
    for (EnumerationBenchmark.Row r : rows) {
      t.row(r.hiddenUnits(), r.states(), r.exactSeconds(), r.exactStatesPerSecond(), r.stSeconds(),
          r.stStatesPerSecond(), r.threads());
    }
    run.writeTable(prefix, t);
    s.paragraph("Exact enumeration cost for one example of an SBN [8, ⌈n/2⌉, ⌊n/2⌋, 4] with n hidden units "
        + "(2^n states), wall-clock on this machine with " + rows.get(0).threads() + " thread(s), after a warm-up. "
        + "The exact gradient accumulates the score terms on the enumeration tree and builds the logits incrementally "
        + "(O(fan-in + classes) per tree node); the ST expectation runs one backward pass per state. The cost doubles with every unit, so the time at n + k units "
        + "is about 2^k times the time at n.");
    s.table("Enumeration speed", t);
    XyChart c = Charts.logY("Enumeration time for one example", "hidden units n", "seconds");
    Charts.add(c, "exact gradient", rows.stream().mapToDouble(EnumerationBenchmark.Row::hiddenUnits).toArray(),
        rows.stream().mapToDouble(EnumerationBenchmark.Row::exactSeconds).toArray());
    List<EnumerationBenchmark.Row> st = rows.stream().filter(r -> Double.isFinite(r.stSeconds())).toList();
    if (!st.isEmpty()) {
      Charts.add(c, "ST expectation", st.stream().mapToDouble(EnumerationBenchmark.Row::hiddenUnits).toArray(),
          st.stream().mapToDouble(EnumerationBenchmark.Row::stSeconds).toArray());
    }
    s.image(run.plot(prefix, c), "Time per example against the number of hidden units (log scale).");
    EnumerationBenchmark.Row big = rows.get(rows.size() - 1);
    String text = String.format(Locale.ROOT, "exact gradient over 2^%d = %d states in %.3f s (%.2e states/s)",
        big.hiddenUnits(), big.states(), big.exactSeconds(), big.exactStatesPerSecond());
    if (!st.isEmpty()) {
      EnumerationBenchmark.Row b = st.get(st.size() - 1);
      text += String.format(Locale.ROOT, "; ST expectation over 2^%d states in %.3f s (%.2e states/s)",
          b.hiddenUnits(), b.stSeconds(), b.stStatesPerSecond());
    }
    s.paragraph("Measured: " + text + ".");
    return text;
  }

  private static List<String> estimatorNames(EstimatorAccuracyResult r) {
    Set<String> names = new LinkedHashSet<>();
    r.rows().forEach(row -> names.add(row.estimator()));
    return new ArrayList<>(names);
  }

  private static double[] series(EstimatorAccuracyResult r, String e, int layer, int step, int[] counts,
      java.util.function.ToDoubleFunction<AccuracyRow> f) {
    double[] y = new double[counts.length];
    for (int k = 0; k < counts.length; k++) {
      y[k] = f.applyAsDouble(r.find(e, layer, step, counts[k]));
    }
    return y;
  }

  /** Four significant digits, for tables meant to be read (the CSV keeps full precision). */
  static double round(double v) {
    if (!Double.isFinite(v) || v == 0) {
      return v;
    }
    return new java.math.BigDecimal(v).round(new java.math.MathContext(4)).doubleValue();
  }
}
