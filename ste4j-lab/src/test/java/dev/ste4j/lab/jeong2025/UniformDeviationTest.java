package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.random.Rng;
import java.util.List;
import org.junit.jupiter.api.Test;

class UniformDeviationTest {

  private static Sample sample(ModelConfig model, Teacher teacher, int size, long seed) {
    return Sample.draw(model, teacher, size, new Rng(seed).split(2), new Rng(seed).split(3));
  }

  /** ĝ(u) written out as the sum it is, in double: (1/N) Σ_k Σ_i z_ki v_i (Σ_l v_l (σ(z_kl u) − σ(z_kl w*))). */
  private static double[] bruteForceGradient(Sample s, float[] u, float[] w, float[] v) {
    int n = s.dimension();
    double[] g = new double[n];
    for (int k = 0; k < s.count(); k++) {
      double r = 0;
      for (int l = 0; l < s.rows(); l++) {
        double xu = 0;
        double xw = 0;
        for (int j = 0; j < n; j++) {
          xu += s.input(k, l, j) * u[j];
          xw += s.input(k, l, j) * w[j];
        }
        r += v[l] * ((xu > 0 ? 1 : 0) - (xw > 0 ? 1 : 0));
      }
      for (int i = 0; i < s.rows(); i++) {
        for (int j = 0; j < n; j++) {
          g[j] += s.input(k, i, j) * v[i] * r / s.count();
        }
      }
    }
    return g;
  }

  @Test
  void theExactDeviationIsTheLargestOverEveryStateComputedByBruteForce() {
    ModelConfig model = ModelConfig.gaussian(3, 2);
    float[] w = {1, -1, 1};
    float[] v = {1, 1};
    Teacher teacher = Teacher.of(w, v, false);
    Sample s = sample(model, teacher, 7, 11);
    double signal = 2 * 2 / Math.sqrt(2 * Math.PI * 3);
    double worst = 0;
    for (int bits = 0; bits < 8; bits++) {
      float[] u = new float[3];
      for (int j = 0; j < 3; j++) {
        u[j] = ((bits >> j) & 1) == 0 ? 1f : -1f;
      }
      double[] g = bruteForceGradient(s, u, w, v);
      for (int j = 0; j < 3; j++) {
        // population: ‖v‖² (u − w*)/√(2πn) with ‖v‖² = 2
        worst = Math.max(worst, Math.abs(g[j] - 2 * (u[j] - w[j]) / Math.sqrt(2 * Math.PI * 3)));
      }
    }
    UniformDeviation.Measurement m = UniformDeviation.measure(s, teacher, 10, 0, new Rng(1));
    assertThat(m.exact()).isTrue();
    assertThat(m.states()).isEqualTo(8);
    assertThat(m.rho()).isCloseTo(worst / signal, within(1e-5));
    assertThat(m.rho()).isPositive();
  }

  @Test
  void thePopulationGradientIsTheMeanOfTheEmpiricalOne() {
    ModelConfig model = ModelConfig.gaussian(4, 2);
    float[] w = {1, 1, -1, 1};
    float[] v = {1, 0.5f};
    Teacher teacher = Teacher.of(w, v, false);
    Sample s = sample(model, teacher, 200_000, 4);
    float[] u = {1, -1, -1, -1};
    double[] empirical = bruteForceGradient(s, u, w, v);
    double[] population = UniformDeviation.population(u, w, v);
    for (int j = 0; j < 4; j++) {
      assertThat(empirical[j]).as("coordinate %d", j).isCloseTo(population[j], within(0.01));
    }
    assertThat(population[1]).isCloseTo(-2 * 1.25 / Math.sqrt(2 * Math.PI * 4), within(1e-12));
  }

  @Test
  void theSearchCoversDistanceTwoAndTheRandomStates() {
    ModelConfig model = ModelConfig.twoLayer(6);
    Teacher teacher = Teacher.draw(model, PhaseConfig.defaultMethod(), new Rng(3));
    Sample s = sample(model, teacher, 64, 5);
    UniformDeviation.Measurement search = UniformDeviation.measure(s, teacher, 5, 10, new Rng(2));
    UniformDeviation.Measurement exact = UniformDeviation.measure(s, teacher, 6, 0, new Rng(2));
    assertThat(search.exact()).isFalse();
    assertThat(search.states()).isEqualTo(1 + 6 + 15 + 10);
    assertThat(exact.states()).isEqualTo(64);
    // the search is a lower bound on the maximum over all states
    assertThat(search.rho()).isLessThanOrEqualTo(exact.rho());
  }

  @Test
  void theCrossingIsInterpolatedInLogRhoAgainstLogN() {
    int[] sizes = {10, 100, 1000};
    // ρ = 2 at N = 10 and 0.2 at N = 100: log-linear, 0.5 is reached at 10^(log10(4)/1 + 1) ≈ 40.
    assertThat(DeviationExperiment.crossingBelow(sizes, new double[] {2, 0.2, 0.1}, 0.5))
        .isCloseTo(10 * 4, within(1e-9));
    assertThat(DeviationExperiment.crossingBelow(sizes, new double[] {0.4, 0.2, 0.1}, 0.5))
        .isEqualTo(Double.NEGATIVE_INFINITY);
    assertThat(DeviationExperiment.crossingBelow(sizes, new double[] {4, 2, 1}, 0.5))
        .isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void theDeviationShrinksWithNAndTheRunIsTheSameOnAnyThreadCount() {
    DeviationConfig c = new DeviationConfig(ModelConfig.twoLayer(4), List.of(4, 6), List.of(16, 64, 256, 1024), 4, 6,
        0, 0.5, 50, 9);
    DeviationResult one = DeviationExperiment.run(c, new TrialRunner(1, null));
    DeviationResult two = DeviationExperiment.run(c, new TrialRunner(2, null));
    assertThat(two.cells()).isEqualTo(one.cells());
    assertThat(two.needed()).isEqualTo(one.needed());
    for (int n : List.of(4, 6)) {
      assertThat(one.cell(n, 1024).median()).isLessThan(one.cell(n, 16).median());
    }
    assertThat(one.cell(6, 16).states()).isEqualTo(64);
  }

  @Test
  void searchedDimensionsAreShownButNotFitted() {
    // n = 8 is searched (a lower bound on the maximum), so only n = 4 and 5 enter the exponent
    DeviationConfig c = new DeviationConfig(ModelConfig.twoLayer(4), List.of(4, 5, 8), List.of(8, 32, 128, 512, 2048),
        3, 5, 8, 0.5, 20, 2);
    DeviationResult r = DeviationExperiment.run(c, new TrialRunner(2, null));
    assertThat(r.cell(8, 32).exact()).isFalse();
    assertThat(r.cell(5, 32).exact()).isTrue();
    assertThat(r.needed()).hasSize(3);
    assertThat(r.exponent().isEstimated()).isTrue();
    assertThat(r.exponent().dimensions()).containsExactly(4, 5);
  }
}
