package dev.ste4j.lab.shekhovtsov2021;

import java.util.List;

/**
 * The outcome of a {@link LatentStudy}: the sweep, the rate chosen per rule, and every training run.
 *
 * @param chosenRates the step size kept for each rule, in the order of the configuration's rules
 * @param seconds wall time of the whole study
 */
public record LatentStudyResult(LatentStudyConfig config, String data, int trainRows, int testRows,
    List<LatentStudy.SweepRow> sweep, double[] chosenRates, List<LatentStudy.Run> runs, double seconds) {

  public LatentStudyResult {
    chosenRates = chosenRates.clone();
    sweep = List.copyOf(sweep);
    runs = List.copyOf(runs);
  }

  @Override
  public double[] chosenRates() {
    return chosenRates.clone();
  }

  /** Mean and sample standard deviation over seeds of a rule's final results. */
  public record Summary(String rule, double rate, int seeds, double deterministicMean, double deterministicSd,
      double ensembleMean, double ensembleSd, double saturatedMean, double uncertaintyMean, double sgdFactorMean,
      double medianAbsEtaMean, double p90AbsEtaMean, double secondsMean) {}

  public List<LatentStudy.Run> runs(LatentRule rule) {
    return runs.stream().filter(r -> r.rule().equals(rule.id())).toList();
  }

  public Summary summary(LatentRule rule) {
    List<LatentStudy.Run> rs = runs(rule);
    if (rs.isEmpty()) {
      throw new IllegalArgumentException("no runs for rule " + rule.id());
    }
    double[] det = rs.stream().mapToDouble(r -> r.last().deterministicAccuracy()).toArray();
    double[] ens = rs.stream().mapToDouble(r -> r.last().ensembleAccuracy()).toArray();
    return new Summary(rule.id(), rs.get(0).rate(), rs.size(), mean(det), sd(det), mean(ens), sd(ens),
        rs.stream().mapToDouble(r -> r.last().weights().saturatedFraction()).average().orElseThrow(),
        rs.stream().mapToDouble(r -> r.last().weights().meanUncertainty()).average().orElseThrow(),
        rs.stream().mapToDouble(r -> r.last().weights().meanSgdFactor()).average().orElseThrow(),
        rs.stream().mapToDouble(r -> r.last().weights().medianAbsEta()).average().orElseThrow(),
        rs.stream().mapToDouble(r -> r.last().weights().p90AbsEta()).average().orElseThrow(),
        rs.stream().mapToDouble(LatentStudy.Run::seconds).average().orElseThrow());
  }

  static double mean(double[] v) {
    double s = 0;
    for (double d : v) {
      s += d;
    }
    return s / v.length;
  }

  /** Sample standard deviation (n − 1); 0 for a single value. */
  static double sd(double[] v) {
    if (v.length < 2) {
      return 0;
    }
    double m = mean(v);
    double s = 0;
    for (double d : v) {
      s += (d - m) * (d - m);
    }
    return Math.sqrt(s / (v.length - 1));
  }
}
