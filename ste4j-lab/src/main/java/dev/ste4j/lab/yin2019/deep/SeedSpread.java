package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.List;

/**
 * Table 1 over repeats with different root seeds: for each (bits, STE) row, the mean and sample standard deviation
 * over the seeds of the final test accuracy and training loss, and the binomial standard error √(a(1−a)/n) of one
 * run's test accuracy (at the mean accuracy, n test images) — the noise of the test set alone, against which the
 * seed-to-seed spread can be read.
 *
 * @param bits activation bits
 * @param ste the STE
 * @param seeds how many runs
 * @param meanAccuracy mean final test accuracy, in [0, 1]
 * @param sdAccuracy its sample standard deviation (n − 1), NaN for one seed
 * @param binomialSe √(a(1−a)/n) at the mean accuracy a, n the test images
 * @param meanTrainLoss mean final training loss
 * @param sdTrainLoss its sample standard deviation, NaN for one seed
 */
public record SeedSpread(int bits, SteVariant ste, int seeds, double meanAccuracy, double sdAccuracy,
                         double binomialSe, double meanTrainLoss, double sdTrainLoss) {

  /** One spread per row of the results, which must share their configuration but for the seed. */
  public static List<SeedSpread> of(List<Table1Result> runs) {
    if (runs.isEmpty()) {
      throw new IllegalArgumentException("table1: no runs");
    }
    Table1Result first = runs.get(0);
    List<SeedSpread> out = new ArrayList<>();
    for (int i = 0; i < first.rows().size(); i++) {
      Table1Row row = first.rows().get(i);
      double[] acc = new double[runs.size()];
      double[] loss = new double[runs.size()];
      for (int s = 0; s < runs.size(); s++) {
        Table1Row r = runs.get(s).rows().get(i);
        if (r.bits() != row.bits() || r.ste() != row.ste() || runs.get(s).testSize() != first.testSize()) {
          throw new IllegalArgumentException("table1: the repeats differ in their rows or test sets");
        }
        acc[s] = r.run().testAccuracy();
        loss[s] = r.run().finalTrainLoss();
      }
      double a = mean(acc);
      out.add(new SeedSpread(row.bits(), row.ste(), runs.size(), a, sd(acc), Math.sqrt(a * (1 - a) / first.testSize()),
          mean(loss), sd(loss)));
    }
    return out;
  }

  static double mean(double[] x) {
    double s = 0;
    for (double v : x) {
      s += v;
    }
    return s / x.length;
  }

  /** The sample standard deviation (n − 1 in the denominator); NaN for fewer than two values. */
  static double sd(double[] x) {
    if (x.length < 2) {
      return Double.NaN;
    }
    double m = mean(x);
    double ss = 0;
    for (double v : x) {
      ss += (v - m) * (v - m);
    }
    return Math.sqrt(ss / (x.length - 1));
  }
}
