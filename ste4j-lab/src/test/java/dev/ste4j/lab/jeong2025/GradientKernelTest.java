package dev.ste4j.lab.jeong2025;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.ste4j.nn.quantizer.KinkConvention;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import org.junit.jupiter.api.Test;

class GradientKernelTest {

  private final GradientKernel scalar = new ScalarGradientKernel();
  private final GradientKernel vector = new VectorGradientKernel();

  @Test
  void vectorAndScalarAreBitwiseEqualOnAwkwardSizes() {
    Rng rng = new Rng(3);
    for (int n : new int[] {1, 7, 15, 16, 17, 33, 64, 65}) {
      for (int rows : new int[] {1, 15, 16, 17, 31, 33, 100, 1025}) {
        float[] cols = new float[n * rows];
        rng.fillGaussian(cols, 1f);
        float[] u = new float[n];
        for (int j = 0; j < n; j++) {
          u[j] = rng.nextSign();
        }
        float[] xs = new float[rows];
        float[] xv = new float[rows];
        scalar.preActivations(cols, rows, n, u, xs);
        vector.preActivations(cols, rows, n, u, xv);
        assertThat(xv).as("forward n=%d rows=%d", n, rows).containsExactly(xs);

        int active = rows / 2 + 1;
        int[] row = new int[active];
        float[] c = new float[active];
        for (int a = 0; a < active; a++) {
          row[a] = rng.nextInt(rows);
          c[a] = (float) rng.nextGaussian();
        }
        float[] gs = new float[n];
        float[] gv = new float[n];
        gs[0] = gv[0] = 0.5f;
        scalar.accumulateRows(cols, n, row, c, active, gs);
        vector.accumulateRows(cols, n, row, c, active, gv);
        assertThat(gv).as("backward n=%d rows=%d", n, rows).containsExactly(gs);
      }
    }
  }

  @Test
  void coarseGradientMatchesItsDefinition() {
    // g = (1/N) Σ_k Z_kᵀ(μ'(Z_k u) ⊙ v)(vᵀσ(Z_k u) − y_k), computed here in double from the sample's entries.
    ModelConfig model = new ModelConfig(9, 3, Activation.STEP, java.util.List.of(1.0, -0.5, 2.0), 0.3,
        InputDistribution.GAUSSIAN, Normalization.NONE);
    for (SteVariant ste : SteVariant.values()) {
      MethodConfig method = new MethodConfig(ste, 2.0, 1, 1, Initialization.ZERO, 1, false);
      Rng rng = new Rng(11);
      Teacher teacher = Teacher.draw(model, method, rng.split(1));
      Sample sample = Sample.draw(model, teacher, 50, rng.split(2), rng.split(3));
      float[] u = teacher.weights();
      u[0] = -u[0];
      u[4] = -u[4];
      float[] v = {0.7f, 1.1f, -0.3f};
      float[] gw = new float[9];
      float[] gv = new float[3];
      CoarseGradient kernel = new CoarseGradient(sample, model.activation(), ste, 2.0);
      kernel.evaluate(u, v, gw, gv);
      double[] ew = new double[9];
      double[] ev = new double[3];
      for (int k = 0; k < 50; k++) {
        double[] x = new double[3];
        double out = 0;
        for (int i = 0; i < 3; i++) {
          for (int j = 0; j < 9; j++) {
            x[i] += sample.input(k, i, j) * u[j];
          }
          out += v[i] * (x[i] > 0 ? 1 : 0);
        }
        double r = out - sample.label(k);
        for (int i = 0; i < 3; i++) {
          double d = ste == SteVariant.IDENTITY ? 1 : ste == SteVariant.RELU ? (x[i] > 0 ? 1 : 0)
              : (x[i] > 0 && x[i] < 2 ? 1 : 0);
          for (int j = 0; j < 9; j++) {
            ew[j] += sample.input(k, i, j) * d * v[i] * r / 50;
          }
          ev[i] += (x[i] > 0 ? 1 : 0) * r / 50;
        }
      }
      for (int j = 0; j < 9; j++) {
        assertThat((double) gw[j]).as("%s g_w[%d]", ste, j).isCloseTo(ew[j], within(1e-4));
      }
      for (int i = 0; i < 3; i++) {
        assertThat((double) gv[i]).as("g_v[%d]", i).isCloseTo(ev[i], within(1e-5));
      }
      assertThat(kernel.evaluations()).isEqualTo(1);
      assertThat(kernel.flops()).isGreaterThanOrEqualTo(2L * 50 * 3 * 9);
    }
  }

  @Test
  void noiselessGradientIsExactlyZeroAtTheTeacher() {
    Rng rng = new Rng(5);
    for (InputDistribution d : InputDistribution.values()) {
      ModelConfig model = ModelConfig.gaussian(23, 2).withInputs(d, Normalization.STANDARDIZE);
      MethodConfig method = PhaseConfig.defaultMethod();
      Teacher teacher = Teacher.draw(model, method, rng.split(1, d.ordinal()));
      Sample sample = Sample.draw(model, teacher, 300, rng.split(2, d.ordinal()), rng.split(3));
      float[] g = new float[23];
      new CoarseGradient(sample, Activation.STEP, SteVariant.IDENTITY, 1).evaluate(teacher.weights(),
          teacher.secondLayer(), g, null);
      assertThat(g).as(d.id()).containsOnly(0f);
    }
  }

  @Test
  void straightThroughDerivativesAtTheKinks() {
    assertThat(SteVariant.IDENTITY.pseudoDerivative(0f, 1f, KinkConvention.YIN2019)).isEqualTo(1f);
    assertThat(SteVariant.RELU.pseudoDerivative(0f, 1f, KinkConvention.YIN2019)).isEqualTo(0f);
    assertThat(SteVariant.RELU.pseudoDerivative(1e-30f, 1f, KinkConvention.YIN2019)).isEqualTo(1f);
    assertThat(SteVariant.CLIPPED_RELU.pseudoDerivative(0f, 1f, KinkConvention.YIN2019)).isEqualTo(0f);
    assertThat(SteVariant.CLIPPED_RELU.pseudoDerivative(0.5f, 1f, KinkConvention.YIN2019)).isEqualTo(1f);
    assertThat(SteVariant.CLIPPED_RELU.pseudoDerivative(1f, 1f, KinkConvention.YIN2019)).isEqualTo(0f);
    assertThat(Activation.STEP.apply(0f)).isEqualTo(0f);
    assertThat(Activation.SIGN.apply(0f)).isEqualTo(1f);
    assertThat(Activation.SIGN.apply(-0f)).isEqualTo(1f);
  }
}
