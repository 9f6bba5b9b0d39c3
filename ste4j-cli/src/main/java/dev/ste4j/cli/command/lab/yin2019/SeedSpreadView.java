package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.PaperTable1;
import dev.ste4j.lab.yin2019.deep.SeedSpread;
import dev.ste4j.lab.yin2019.deep.SeedSpreadClaims;
import java.io.IOException;
import java.util.List;

/**
 * Table 1 over several seeds: mean ± standard deviation of each row beside the paper's number and the binomial s.e.,
 * and the claims judged against that spread ({@link SeedSpreadClaims}).
 */
final class SeedSpreadView {

  private SeedSpreadView() {}

  static void render(DeepNetwork network, List<SeedSpread> rows, int testImages, String scale, RunFolder run,
                     Report.Section s, String prefix) throws IOException {
    Table t = new Table("network", "bits", "ste", "seeds", "test_accuracy_mean_pct", "test_accuracy_sd_pct",
        "binomial_se_pct", "paper_accuracy_pct", "train_loss_mean", "train_loss_sd", "paper_train_loss");
    for (SeedSpread x : rows) {
      var paper = PaperTable1.lookup(network, x.bits(), x.ste());
      t.row(network.key(), x.bits(), x.ste().key(), x.seeds(), 100 * x.meanAccuracy(), 100 * x.sdAccuracy(),
          100 * x.binomialSe(), paper.map(p -> p.accuracyPercent()).orElse(Double.NaN), x.meanTrainLoss(),
          x.sdTrainLoss(), paper.map(p -> p.trainLoss()).orElse(Double.NaN));
    }
    run.writeTable(prefix + "table1-seeds", t);
    s.paragraph("Over " + rows.get(0).seeds() + " seeds: the mean and sample standard deviation (n − 1) of each row's "
        + "final test accuracy and training loss, and the binomial standard error √(a(1−a)/n) of one run's test "
        + "accuracy on the " + testImages + " test images (the test set's own noise).");
    s.table("Table 1, mean ± sd over seeds, beside the paper's", t);
    SeedSpreadClaims.of(network, rows, scale).forEach(s::claim);
  }

  /** The scale of repeats against the paper's, as the claims table states it. */
  static String scale(int epochs, int paperEpochs, String data, int seeds) {
    String counts = epochs + " of " + paperEpochs + " epochs, " + data + ", " + seeds + " seeds per row";
    return epochs < paperEpochs || !data.startsWith("whole") ? "reduced: " + counts : counts;
  }
}
