package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.yin2019.deep.EpochPoint;
import dev.ste4j.lab.yin2019.deep.Figure2Config;
import dev.ste4j.lab.yin2019.deep.Figure2Curve;
import dev.ste4j.lab.yin2019.deep.Figure2Result;
import java.io.IOException;
import java.util.Locale;

/** Renders the Figure 2 protocol: the curves per starting minimum, a summary table, and the minima's Table 1 rows. */
final class Figure2View {

  private Figure2View() {}

  static void render(Figure2Result r, RunFolder run, Report.Section s, String prefix) throws IOException {
    Figure2Config c = r.config();
    s.paragraph(String.format(Locale.ROOT, "Figure 2 protocol on %s, %d-bit activations: from the minima found with "
            + "the %s STE(s) (%s), training continues with the identity STE at the constant "
            + "learning rate %s for %d epoch(s) (paper: 1e-5 for 20 epochs, 4-bit ResNet-20), then with the normal "
            + "schedule for %d epoch(s) (lr %s, milestones %s; paper: 200 epochs). Every point's training loss is "
            + "measured after its epoch on the whole training set in evaluation mode (epoch 0: the minimum itself), "
            + "so the points compare like with like. The momentum buffer restarts at zero in each phase.",
        c.minima().network().label(), c.bits(),
        String.join(", ", c.minima().stes().stream().map(x -> x.key()).toList()),
        r.minima() == null ? "loaded from the checkpoints of a Table 1 run" : "trained as in Table 1, below",
        c.driftLr(), c.driftEpochs(),
        c.thenEpochs(), c.minima().lr(), java.util.Arrays.toString(c.thenMilestones())));
    Table all = new Table("from", "epoch", "phase", "train_loss", "train_accuracy", "test_loss", "test_error_pct",
        "learning_rate");
    Table summary = new Table("from", "start_train_loss", "start_test_error_pct", "after_drift_train_loss",
        "after_drift_test_error_pct", "end_train_loss", "end_test_error_pct");
    XyChart loss = Charts.logY("Training loss, identity STE from each minimum", "epoch", "training cross-entropy");
    XyChart err = Charts.line("Test error, identity STE from each minimum", "epoch", "test error (%)");
    for (Figure2Curve curve : r.curves()) {
      for (EpochPoint e : curve.points()) {
        String phase = e.epoch() == 0 ? "start" : e.epoch() <= curve.driftEpochs() ? "drift" : "normal";
        all.row(curve.from().key(), e.epoch(), phase, e.trainLoss(), e.trainAccuracy(), e.testLoss(),
            error(e), e.learningRate());
      }
      summary.row(curve.from().key(), curve.start().trainLoss(), error(curve.start()),
          curve.afterDrift().trainLoss(), error(curve.afterDrift()), curve.end().trainLoss(), error(curve.end()));
      double[] x = curve.points().stream().mapToDouble(EpochPoint::epoch).toArray();
      String name = "from " + curve.from().key();
      Charts.add(loss, name, x, curve.points().stream().mapToDouble(EpochPoint::trainLoss).toArray());
      Charts.add(err, name, x, curve.points().stream().mapToDouble(Figure2View::error).toArray());
    }
    run.writeTable(prefix + "figure2", all);
    run.writeTable(prefix + "figure2-summary", summary);
    s.table("Start, after the tiny-rate epochs, and end of each curve", summary);
    for (Figure2Curve curve : r.curves()) {
      s.paragraph(String.format(Locale.ROOT, "From the %s minimum: training loss %.4g → %.4g after %d epoch(s) at "
              + "lr %s (%s), test error %.2f%% → %.2f%%; at the end %.4g and %.2f%%.", curve.from().key(),
          curve.start().trainLoss(), curve.afterDrift().trainLoss(), curve.driftEpochs(), c.driftLr(),
          curve.afterDrift().trainLoss() > curve.start().trainLoss() ? "it rose, as in the paper"
              : "it did not rise", error(curve.start()), error(curve.afterDrift()), curve.end().trainLoss(),
          error(curve.end())));
    }
    s.image(run.plot(prefix + "figure2-train-loss", loss), "Training loss per epoch (epochs 1.." + c.driftEpochs()
        + " at lr " + c.driftLr() + ", then the normal schedule).");
    s.image(run.plot(prefix + "figure2-test-error", err), "Test error per epoch.");
    if (r.minima() != null) {
      s.paragraph("The runs that found the starting minima:");
      Table1View.render(r.minima(), run, s, prefix + "figure2-minima-");
    }
  }

  private static double error(EpochPoint e) {
    return 100 * (1 - e.testAccuracy());
  }

  static String summary(Figure2Result r) {
    StringBuilder b = new StringBuilder("figure2 " + r.config().minima().network().key());
    for (Figure2Curve c : r.curves()) {
      b.append(String.format(Locale.ROOT, "; from %s: train loss %.4g -> %.4g (drift) -> %.4g, test error %.2f%% -> "
              + "%.2f%% -> %.2f%%", c.from().key(), c.start().trainLoss(), c.afterDrift().trainLoss(),
          c.end().trainLoss(), error(c.start()), error(c.afterDrift()), error(c.end())));
    }
    return b.toString();
  }
}
