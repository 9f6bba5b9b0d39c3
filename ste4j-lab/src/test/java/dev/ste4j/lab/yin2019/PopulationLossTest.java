package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.tensor.random.Rng;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class PopulationLossTest {

  @Test
  void gradientMatchesFiniteDifferencesOfTheLoss() {
    for (RandomPoints.Point point : RandomPoints.randomPoints(42, 40, 6, 6, 0.2, 2)) {
      Teacher t = point.teacher();
      double[] v = point.v();
      double[] w = point.w();
      double[] gv = PopulationLoss.gradV(v, w, t);
      double[] gw = PopulationLoss.gradW(v, w, t);
      double[] fdV = centralDifferences(v, x -> PopulationLoss.value(x, w, t));
      for (int i = 0; i < v.length; i++) {
        assertThat(gv[i]).as("df/dv[%d]", i).isCloseTo(fdV[i], within(1e-8));
      }
      double[] fdW = centralDifferences(w, x -> PopulationLoss.value(v, x, t));
      for (int j = 0; j < w.length; j++) {
        assertThat(gw[j]).as("df/dw[%d]", j).isCloseTo(fdW[j], within(1e-8));
      }
    }
  }

  @Test
  void gradWIsOrthogonalToWAndHasThePaperNorm() {
    Rng rng = new Rng(3);
    Teacher t = RandomPoints.teacher(rng, 5, 6);
    double[] v = RandomPoints.gaussian(rng, 5, 1);
    double[] w = RandomPoints.gaussian(rng, 6, 1.7);
    double[] gw = PopulationLoss.gradW(v, w, t);
    assertThat(Vectors.dot(gw, w)).isCloseTo(0, within(1e-15));
    double expected = Math.abs(Vectors.dot(v, t.vStar())) / (2 * Math.PI * Vectors.norm(w));
    assertThat(Vectors.norm(gw)).isCloseTo(expected, within(1e-15));
  }

  @Test
  void undefinedPlacesReturnTheDocumentedValues() {
    Teacher t = new Teacher(new double[] {1, -2, 0.5}, new double[] {0, 3, 0, 0});
    double[] v = {0.3, 0.2, -1};
    // θ = 0 and θ = π (w parallel / antiparallel to w*): ∂f/∂w is returned as 0.
    assertThat(PopulationLoss.gradW(v, new double[] {0, 2, 0, 0}, t)).containsOnly(0.0);
    assertThat(PopulationLoss.gradW(v, new double[] {0, -0.5, 0, 0}, t)).containsOnly(0.0);
    // w = 0: f is the teacher-only value, and ∂f/∂v = ∂f/∂w = 0.
    double[] zero = new double[4];
    double[] vs = t.vStar();
    double s = Vectors.sum(vs);
    assertThat(PopulationLoss.value(v, zero, t)).isEqualTo((Vectors.dot(vs, vs) + s * s) / 8);
    assertThat(PopulationLoss.gradV(v, zero, t)).containsOnly(0.0);
    assertThat(PopulationLoss.gradW(v, zero, t)).containsOnly(0.0);
    assertThat(AngleFrame.of(zero, t.wStar()).theta()).isNaN();
  }

  @Test
  void angleIsAccurateNearZeroAndPi() {
    double[] ws = {1, 0, 0};
    double eps = 1e-9;
    assertThat(AngleFrame.of(new double[] {1, eps, 0}, ws).theta()).isCloseTo(eps, within(1e-24));
    assertThat(AngleFrame.of(new double[] {-1, eps, 0}, ws).theta()).isCloseTo(Math.PI - eps, within(1e-15));
    assertThat(AngleFrame.of(new double[] {-2, 0, 0}, ws).theta()).isEqualTo(Math.PI);
    assertThat(AngleFrame.of(new double[] {0, 5, 0}, ws).theta()).isCloseTo(Math.PI / 2, within(1e-15));
  }

  @Test
  void shapeMismatchesAreNamed() {
    Teacher t = new Teacher(new double[] {1, 2}, new double[] {1, 0, 0});
    assertThatThrownBy(() -> PopulationLoss.value(new double[] {1}, new double[3], t))
        .hasMessageContaining("v has length 1").hasMessageContaining("m = 2");
    assertThatThrownBy(() -> PopulationLoss.value(new double[2], new double[2], t))
        .hasMessageContaining("w has length 2").hasMessageContaining("n = 3");
    assertThatThrownBy(() -> new Teacher(new double[] {1}, new double[] {0, 0}))
        .hasMessageContaining("wStar must be non-zero");
  }

  /** (f(x + h·e_i) − f(x − h·e_i)) / 2h for every i, h = 1e−6. */
  private static double[] centralDifferences(double[] x, ToDoubleFunction<double[]> f) {
    double h = 1e-6;
    double[] fd = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      double[] up = x.clone();
      double[] dn = x.clone();
      up[i] += h;
      dn[i] -= h;
      fd[i] = (f.applyAsDouble(up) - f.applyAsDouble(dn)) / (2 * h);
    }
    return fd;
  }
}
