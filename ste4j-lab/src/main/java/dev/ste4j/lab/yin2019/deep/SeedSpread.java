package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
    List<SeedOutcome> all = new ArrayList<>();
    for (Table1Result r : runs) {
      if (r.testSize() != runs.get(0).testSize() || !sameRows(r, runs.get(0))) {
        throw new IllegalArgumentException("table1: the repeats differ in their rows or test sets");
      }
      all.addAll(SeedOutcome.of(r));
    }
    return pooled(all, runs.get(0).testSize());
  }

  /**
   * One spread per (bits, STE) row, in order of bits and then STE, over the root seeds each row was run with; every
   * row must have been run with the same seeds, each seed once.
   *
   * @param testImages the test set every outcome was measured on
   */
  public static List<SeedSpread> pooled(List<SeedOutcome> outcomes, int testImages) {
    if (outcomes.isEmpty()) {
      throw new IllegalArgumentException("table1: no runs");
    }
    if (testImages < 1) {
      throw new IllegalArgumentException("table1: test images must be positive, got " + testImages);
    }
    Map<List<Object>, List<SeedOutcome>> byRow = new TreeMap<>(Comparator
        .<List<Object>>comparingInt(k -> (Integer) k.get(0)).thenComparing(k -> (SteVariant) k.get(1)));
    for (SeedOutcome o : outcomes) {
      byRow.computeIfAbsent(List.of(o.bits(), o.ste()), k -> new ArrayList<>()).add(o);
    }
    Set<Long> seeds = null;
    List<SeedSpread> out = new ArrayList<>();
    for (List<SeedOutcome> row : byRow.values()) {
      Set<Long> rowSeeds = new TreeSet<>();
      for (SeedOutcome o : row) {
        if (!rowSeeds.add(o.rootSeed())) {
          throw new IllegalArgumentException("table1: the " + o.bits() + "-bit " + o.ste().key()
              + " row appears twice for root seed " + o.rootSeed());
        }
      }
      if (seeds != null && !seeds.equals(rowSeeds)) {
        throw new IllegalArgumentException("table1: the rows were run with different seeds: " + seeds + " and "
            + rowSeeds + " (" + row.get(0).bits() + "-bit " + row.get(0).ste().key() + ")");
      }
      seeds = rowSeeds;
      double[] acc = row.stream().mapToDouble(SeedOutcome::testAccuracy).toArray();
      double[] loss = row.stream().mapToDouble(SeedOutcome::trainLoss).toArray();
      double a = mean(acc);
      out.add(new SeedSpread(row.get(0).bits(), row.get(0).ste(), row.size(), a, sd(acc),
          Math.sqrt(a * (1 - a) / testImages), mean(loss), sd(loss)));
    }
    return out;
  }

  private static boolean sameRows(Table1Result a, Table1Result b) {
    if (a.rows().size() != b.rows().size()) {
      return false;
    }
    for (int i = 0; i < a.rows().size(); i++) {
      if (a.rows().get(i).bits() != b.rows().get(i).bits() || a.rows().get(i).ste() != b.rows().get(i).ste()) {
        return false;
      }
    }
    return true;
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
