package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Charts;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.cli.report.XyChart;
import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.yin2019.deep.EpochPoint;
import dev.ste4j.lab.yin2019.deep.Table1Claims;
import dev.ste4j.lab.yin2019.deep.PaperTable1;
import dev.ste4j.lab.yin2019.deep.RunCurve;
import dev.ste4j.lab.yin2019.deep.Table1Config;
import dev.ste4j.lab.yin2019.deep.Table1Result;
import dev.ste4j.lab.yin2019.deep.Table1Row;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders a Table 1 run: the table beside the paper's numbers with the gap, the per-epoch curves (CSV and plots), and
 * a statement of the scale it ran at and its seeds.
 */
public final class Table1View {

  private Table1View() {}

  /** True when the run is smaller than the paper's: fewer epochs, or a subset of the data. */
  static boolean reduced(Table1Config c) {
    return c.epochs() < c.network().schedule().epochs() || c.trainSubset() > 0 || c.testSubset() > 0;
  }

  public static void render(Table1Result r, RunFolder run, Report.Section s, String prefix) throws IOException {
    Table1Config c = r.config();
    s.paragraph(setup(r));
    if (reduced(c)) {
      s.paragraph(String.format(Locale.ROOT, "REDUCED SCALE: %d epoch(s) per quantized run instead of the paper's %d, "
              + "%d training and %d test images%s. The paper's numbers (right-hand columns) come from its full "
              + "schedule; part of the gap below is the reduced scale alone. Run the paper's scale with "
              + "'ste lab yin2019 table1 --network %s' (no --epochs, no subsets).", c.epochs(),
          c.network().schedule().epochs(), r.trainSize(), r.testSize(),
          c.trainSubset() > 0 || c.testSubset() > 0 ? " (seeded random subsets)" : "", c.network().key()));
    }
    Table t = table(r);
    run.writeTable(prefix + "table1", t);
    s.table("Table 1, " + c.network().label() + " on " + c.network().dataset() + ": ours beside the paper's "
        + "(training loss, test accuracy % with its binomial standard error se_pp; gap = ours − paper, percentage points)", t);
    s.paragraph(gaps(r));
    run.writeTable(prefix + "table1-curves", curves(r));
    XyChart loss = Charts.logY("Training loss per epoch", "epoch", "mean training cross-entropy");
    XyChart acc = Charts.line("Test accuracy per epoch", "epoch", "test accuracy (%)");
    add(loss, acc, "float (ReLU)", r.floatNetwork());
    for (Table1Row row : r.rows()) {
      add(loss, acc, label(row), row.run());
    }
    s.image(run.plot(prefix + "table1-train-loss", loss), "Mean training loss per epoch of each run (the float "
        + "network's pre-training included; its epochs are counted separately).");
    s.image(run.plot(prefix + "table1-test-accuracy", acc), "Test accuracy after each epoch of each run.");
  }

  static String label(Table1Row row) {
    return row.bits() + "-bit " + row.ste().key();
  }

  private static void add(XyChart loss, XyChart acc, String name, RunCurve run) {
    double[] x = run.epochs().stream().mapToDouble(EpochPoint::epoch).toArray();
    Charts.add(loss, name, x, run.epochs().stream().mapToDouble(EpochPoint::trainLoss).toArray());
    Charts.add(acc, name, x, run.epochs().stream().mapToDouble(e -> 100 * e.testAccuracy()).toArray());
  }

  private static String setup(Table1Result r) {
    Table1Config c = r.config();
    return String.format(Locale.ROOT, "%s on %s (%d training / %d test images; the test set serves as the paper's "
            + "validation set). Activations quantized to b bits by the quantized ReLU with fixed α (0.6511 for 2 bits, "
            + "0.1946 for 4), each after a BatchNorm without scale or shift; weights float. Each quantized network "
            + "starts from the float network (same layers with ReLU activations; every parameter and BatchNorm "
            + "statistic copied by name) and is trained for %d epoch(s) with SGD (momentum %s, weight decay %s), "
            + "batch %d, learning rate %s ×%s at epochs %s (the paper's Table 2: %s). The float network was trained "
            + "for %d epoch(s) the same way at learning rate %s (milestones %s) — a recipe of ours, the paper does "
            + "not state one. Root seed %d; each run's shuffling seed is in the table.", c.network().label(),
        c.network().dataset(), r.trainSize(), r.testSize(), c.epochs(), c.momentum(), c.weightDecay(), c.batch(),
        c.lr(), c.network().schedule().gamma(), Arrays.toString(c.milestones()), c.network().schedule(),
        c.pretrainEpochs(), c.pretrainLr(), Arrays.toString(c.pretrainMilestones()), c.seed());
  }

  static Table table(Table1Result r) {
    Table t = new Table("network", "bits", "ste", "epochs", "train_loss", "test_accuracy_pct", "se_pp", "test_images",
        "paper_train_loss",
        "paper_accuracy_pct", "accuracy_gap_pp", "seed", "seconds");
    RunCurve f = r.floatNetwork();
    t.row(r.config().network().key(), "float", "relu", r.config().pretrainEpochs(), f.finalTrainLoss(),
        100 * f.testAccuracy(), se(f.testAccuracy(), r.testSize()), r.testSize(), null, null, null,
        Long.toString(f.seed()), f.seconds());
    for (Table1Row row : r.rows()) {
      Optional<PaperTable1.Cell> p = PaperTable1.lookup(r.config().network(), row.bits(), row.ste());
      double ours = Math.round(1e4 * row.run().testAccuracy()) / 100.0;
      t.row(r.config().network().key(), row.bits(), row.ste().key(), r.config().epochs(), row.run().finalTrainLoss(),
          ours, se(row.run().testAccuracy(), r.testSize()), r.testSize(),
          p.map(PaperTable1.Cell::trainLoss).orElse(null), p.map(PaperTable1.Cell::accuracyPercent).orElse(null),
          p.map(x -> Math.round(100 * (ours - x.accuracyPercent())) / 100.0).orElse(null),
          Long.toString(row.run().seed()), row.run().seconds());
    }
    return t;
  }

  /** The binomial standard error of an accuracy on n test images, in percentage points, to two decimals. */
  static double se(double accuracy, int testImages) {
    return Math.round(1e4 * Math.sqrt(accuracy * (1 - accuracy) / testImages)) / 100.0;
  }

  static Table curves(Table1Result r) {
    Table t = new Table("run", "epoch", "train_loss", "train_accuracy", "test_loss", "test_accuracy", "learning_rate",
        "seconds");
    addCurve(t, "float", r.floatNetwork());
    for (Table1Row row : r.rows()) {
      addCurve(t, label(row), row.run());
    }
    return t;
  }

  private static void addCurve(Table t, String name, RunCurve run) {
    for (EpochPoint e : run.epochs()) {
      t.row(name, e.epoch(), e.trainLoss(), e.trainAccuracy(), e.testLoss(), e.testAccuracy(), e.learningRate(),
          e.seconds());
    }
  }

  /** The gaps in words, per row; the ordering of the STEs is left to the claims, which weigh it against the noise. */
  static String gaps(Table1Result r) {
    List<String> parts = new ArrayList<>();
    for (Table1Row row : r.rows()) {
      PaperTable1.lookup(r.config().network(), row.bits(), row.ste()).ifPresent(p -> parts.add(String.format(
          Locale.ROOT, "%s %.2f%% vs %.2f%% (%+.2f pp)", label(row), 100 * row.run().testAccuracy(),
          p.accuracyPercent(), 100 * row.run().testAccuracy() - p.accuracyPercent())));
    }
    StringBuilder b = new StringBuilder("Test accuracy, ours vs the paper's: ")
        .append(parts.isEmpty() ? "no row the paper reports" : String.join("; ", parts)).append('.');
    // Orderings are claimed only against the noise: the same rule as the reproduce report's claims table.
    for (Claim c : Table1Claims.of(r)) {
      if (c.id().endsWith("-identity-worst")) {
        b.append(' ').append(c.statement()).append(": ").append(c.measured()).append(" — ")
            .append(c.verdict().label()).append(" (").append(c.rule()).append(").");
      }
    }
    return b.toString();
  }

  /** One line for the terminal. */
  public static String summary(Table1Result r) {
    StringBuilder b = new StringBuilder(String.format(Locale.ROOT, "table1 %s, %d epoch(s)%s: float %.2f%%",
        r.config().network().key(), r.config().epochs(), reduced(r.config()) ? " (reduced scale)" : "",
        100 * r.floatNetwork().testAccuracy()));
    for (Table1Row row : r.rows()) {
      b.append(String.format(Locale.ROOT, "; %s %.2f%%", label(row), 100 * row.run().testAccuracy()));
      PaperTable1.lookup(r.config().network(), row.bits(), row.ste())
          .ifPresent(p -> b.append(String.format(Locale.ROOT, " (paper %.2f%%)", p.accuracyPercent())));
    }
    return b.toString();
  }
}
