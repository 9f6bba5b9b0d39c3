package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.yin2019.deep.EpochPoint;
import dev.ste4j.lab.yin2019.deep.Figure2Claims;
import dev.ste4j.lab.yin2019.deep.Figure2Config;
import dev.ste4j.lab.yin2019.deep.Figure2Curve;
import dev.ste4j.lab.yin2019.deep.Figure2Drift;
import dev.ste4j.lab.yin2019.deep.Figure2Result;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Renders the Figure 2 protocol over one or more seeds: every curve's points, a summary with each curve's drift
 * judgement ({@link Figure2Drift}), one pair of plots per continuation STE, and the minima's Table 1 rows.
 */
final class Figure2View {

  private Figure2View() {}

  static void render(List<Figure2Result> runs, RunFolder run, Report.Section s, String prefix) throws IOException {
    Figure2Config c = runs.get(0).config();
    s.paragraph(String.format(Locale.ROOT, "Figure 2 protocol on %s, %d-bit activations, %d seed(s) (%s): from the "
            + "minima found with the %s STE(s) (%s), training continues with the %s STE(s) at the constant learning "
            + "rate %s for %d epoch(s) (paper: the identity STE at 1e-5 for 20 epochs, 4-bit ResNet-20), then with "
            + "the same STE and the normal schedule for %d epoch(s) (lr %s, milestones %s; paper: 200 epochs). "
            + "Every point's training loss is measured after its epoch on the whole training set in evaluation mode "
            + "(epoch 0: the minimum itself), so the points compare like with like. The momentum buffer restarts at "
            + "zero in each phase. Scale: %s.",
        c.minima().network().label(), c.bits(), runs.size(),
        String.join(", ", runs.stream().map(r -> String.valueOf(r.seed())).toList()),
        keys(c.minima().stes()), runs.get(0).minima() == null ? "loaded from the checkpoints of a Table 1 run"
            : "trained as in Table 1, below", keys(c.continueStes()), c.driftLr(), c.driftEpochs(), c.thenEpochs(),
        c.minima().lr(), Arrays.toString(c.thenMilestones()), Figure2Claims.scale(c, runs.size())));
    Table all = new Table("seed", "from", "continue_ste", "epoch", "phase", "train_loss", "train_accuracy",
        "test_loss", "test_error_pct", "learning_rate");
    Table summary = new Table("seed", "from", "continue_ste", "start_train_loss", "start_test_error_pct",
        "after_drift_train_loss", "after_drift_test_error_pct", "loss_rise", "loss_spread_before", "accuracy_drop_pp",
        "accuracy_se_pp", "drifted", "expected_drift", "end_train_loss", "end_test_error_pct");
    boolean judged = c.driftEpochs() >= Figure2Drift.MIN_DRIFT_EPOCHS;
    for (Figure2Result r : runs) {
      for (Figure2Curve curve : r.curves()) {
        for (EpochPoint e : curve.points()) {
          String phase = e.epoch() == 0 ? "start" : e.epoch() <= curve.driftEpochs() ? "drift" : "normal";
          all.row(r.seed(), curve.from().key(), curve.continued().key(), e.epoch(), phase, e.trainLoss(),
              e.trainAccuracy(), e.testLoss(), error(e), e.learningRate());
        }
        Figure2Drift d = judged ? Figure2Drift.of(curve, r.testSize()) : null;
        summary.row(r.seed(), curve.from().key(), curve.continued().key(), curve.start().trainLoss(),
            error(curve.start()), curve.afterDrift().trainLoss(), error(curve.afterDrift()),
            d == null ? Double.NaN : d.rise(), d == null ? Double.NaN : d.spread(),
            d == null ? Double.NaN : 100 * d.accuracyDrop(), d == null ? Double.NaN : 100 * d.standardError(),
            d == null ? "" : String.valueOf(d.drifted()),
            String.valueOf(Figure2Claims.expectedToDrift(curve.from(), curve.continued())), curve.end().trainLoss(),
            error(curve.end()));
      }
    }
    run.writeTable(prefix + "figure2", all);
    run.writeTable(prefix + "figure2-summary", summary);
    s.paragraph("Drift rule: " + Figure2Drift.RULE + (judged ? "." : " — not applied: fewer than "
        + Figure2Drift.MIN_DRIFT_EPOCHS + " drift epochs."));
    // All columns are in the CSV; the page shows them as two tables that fit its width.
    s.table("Each curve's drift judgement", columns(summary, "seed", "from", "continue_ste", "loss_rise",
        "loss_spread_before", "accuracy_drop_pp", "accuracy_se_pp", "drifted", "expected_drift"));
    s.table("Start, after the tiny-rate epochs, and end of each curve", columns(summary, "seed", "from",
        "continue_ste", "start_train_loss", "start_test_error_pct", "after_drift_train_loss",
        "after_drift_test_error_pct", "end_train_loss", "end_test_error_pct"));
    for (SteVariant continued : c.continueStes()) {
      String key = continued.key();
      XyChart loss = Charts.logY("Training loss, " + key + " STE from each minimum", "epoch",
          "training cross-entropy");
      XyChart err = Charts.line("Test error, " + key + " STE from each minimum", "epoch", "test error (%)");
      for (Figure2Result r : runs) {
        for (Figure2Curve curve : r.curves()) {
          if (curve.continued() != continued) {
            continue;
          }
          double[] x = curve.points().stream().mapToDouble(EpochPoint::epoch).toArray();
          String name = "from " + curve.from().key() + (runs.size() > 1 ? ", seed " + r.seed() : "");
          Charts.add(loss, name, x, curve.points().stream().mapToDouble(EpochPoint::trainLoss).toArray());
          Charts.add(err, name, x, curve.points().stream().mapToDouble(Figure2View::error).toArray());
        }
      }
      String suffix = c.continueStes().size() == 1 && continued == SteVariant.IDENTITY ? "" : "-" + key;
      s.image(run.plot(prefix + "figure2-train-loss" + suffix, loss), "Training loss per epoch with the " + key
          + " STE (epochs 1.." + c.driftEpochs() + " at lr " + c.driftLr() + ", then the normal schedule).");
      s.image(run.plot(prefix + "figure2-test-error" + suffix, err), "Test error per epoch with the " + key + " STE.");
    }
    for (Figure2Result r : runs) {
      if (r.minima() != null) {
        s.paragraph("The runs that found the starting minima, seed " + r.seed() + ":");
        Table1View.render(r.minima(), run, s, prefix + "figure2-minima-" + (runs.size() > 1 ? "seed" + r.seed()
            + "-" : ""));
      }
    }
  }

  /** The named columns of a table, in the order given. */
  private static Table columns(Table t, String... names) {
    Table out = new Table(names);
    for (int r = 0; r < t.size(); r++) {
      Object[] row = new Object[names.length];
      for (int i = 0; i < names.length; i++) {
        row[i] = t.get(r, names[i]);
      }
      out.row(row);
    }
    return out;
  }

  private static String keys(List<SteVariant> stes) {
    return String.join(", ", stes.stream().map(SteVariant::key).toList());
  }

  private static double error(EpochPoint e) {
    return 100 * (1 - e.testAccuracy());
  }

  static String summary(List<Figure2Result> runs) {
    StringBuilder b = new StringBuilder("figure2 " + runs.get(0).config().minima().network().key());
    for (Figure2Result r : runs) {
      for (Figure2Curve c : r.curves()) {
        b.append(String.format(Locale.ROOT, "; seed %d from %s with %s: train loss %.4g -> %.4g (drift) -> %.4g, "
                + "test error %.2f%% -> %.2f%% -> %.2f%%", r.seed(), c.from().key(), c.continued().key(),
            c.start().trainLoss(), c.afterDrift().trainLoss(), c.end().trainLoss(), error(c.start()),
            error(c.afterDrift()), error(c.end())));
      }
    }
    return b.toString();
  }
}
