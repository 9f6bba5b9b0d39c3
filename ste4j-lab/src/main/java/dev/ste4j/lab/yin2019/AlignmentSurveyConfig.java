package dev.ste4j.lab.yin2019;

/**
 * Configuration of experiment (c): alignment of the expected coarse gradients with the population gradient at random
 * points. Point k draws m uniformly from [1, maxM], n from [2, maxN], v, v* ~ N(0, I_m), w* uniform on the sphere and
 * w = s·u with u uniform on the sphere and s log-uniform in [minNormW, maxNormW].
 */
public record AlignmentSurveyConfig(int points, int maxM, int maxN, double minNormW, double maxNormW, long seed) {

  public AlignmentSurveyConfig {
    if (points < 1 || maxM < 1 || maxN < 2 || !(minNormW > 0) || !(maxNormW >= minNormW)) {
      throw new IllegalArgumentException("alignment: need points >= 1, maxM >= 1, maxN >= 2, 0 < minNormW <= maxNormW");
    }
  }

  public static AlignmentSurveyConfig quick(long seed) {
    return new AlignmentSurveyConfig(2000, 10, 20, 0.05, 20, seed);
  }

  public static AlignmentSurveyConfig full(long seed) {
    return new AlignmentSurveyConfig(100_000, 20, 50, 0.01, 100, seed);
  }
}
