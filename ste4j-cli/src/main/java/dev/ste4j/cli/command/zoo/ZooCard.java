package dev.ste4j.cli.command.zoo;

import java.util.List;

/**
 * What was measured for a zoo entry: its runs, their mean and standard deviation, and the model file it ships.
 *
 * @param name the entry
 * @param runs one per seed, in the order given to {@code ste zoo add}
 * @param meanAccuracy the mean of the runs' test accuracies (fraction)
 * @param sdAccuracy their sample standard deviation (n − 1; 0 for one run)
 * @param testSamples the size of the test split the accuracies are measured on
 * @param shippedSeed the seed whose model the entry ships
 * @param fileAccuracy the shipped file's own test accuracy, measured on the file as {@code ste eval FILE} does
 * @param bytes the model file's size
 * @param sha256 the model file's SHA-256, hex
 * @param machine the CPU, cores and JDK the runs were trained on
 * @param added when the card was written (ISO-8601, UTC)
 */
public record ZooCard(String name, List<ZooRun> runs, double meanAccuracy, double sdAccuracy, int testSamples,
                      long shippedSeed, double fileAccuracy, long bytes, String sha256, String machine,
                      String added) {

  public ZooCard {
    runs = List.copyOf(runs);
  }

  /** The mean and sample standard deviation of the accuracies, as [mean, sd]. */
  static double[] meanAndSd(List<ZooRun> runs) {
    double mean = runs.stream().mapToDouble(ZooRun::testAccuracy).average().orElse(Double.NaN);
    double ss = runs.stream().mapToDouble(r -> (r.testAccuracy() - mean) * (r.testAccuracy() - mean)).sum();
    return new double[] {mean, runs.size() > 1 ? Math.sqrt(ss / (runs.size() - 1)) : 0};
  }

  /** Total wall time of the runs. */
  double seconds() {
    return runs.stream().mapToDouble(ZooRun::seconds).sum();
  }
}
