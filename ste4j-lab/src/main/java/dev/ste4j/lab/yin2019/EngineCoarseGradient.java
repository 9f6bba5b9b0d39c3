package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.ops.Loss;
import dev.ste4j.tensor.ops.StraightThrough;
import java.util.EnumMap;
import java.util.Map;

/**
 * The second route to the empirical coarse gradient: the network y = vᵀσ(Zw) built from ste4j engine ops and
 * differentiated by its autograd, with σ = 1{x>0} as a straight-through op whose backward uses the STE's
 * pseudo-derivative μ'. For samples Z⁽¹⁾…Z⁽ᴺ⁾ stacked as a [N·m, n] matrix:
 *
 * <pre>
 *   pre = (Z w).reshape(N, m)                       matmul
 *   a   = StraightThrough(pre; forward 1{x>0}, backward μ'(x))
 *   y   = (a ⊙ v).sum over m                        mul, sum
 *   L   = ½ · mse(y, y*) = (1/N) Σ ½ (y − y*)²      the sample loss ℓ averaged
 * </pre>
 *
 * Backpropagation gives ∂L/∂v = (1/N) Σ σ(Zw)(y − y*) and ∂L/∂w = (1/N) Σ Zᵀ(μ'(Zw) ⊙ v)(y − y*), Eq. 5 — computed
 * without Eq. 5 ever being written. The engine works in float32, so agreement with {@link EmpiricalLoss} (double) is
 * up to float rounding. Labels y* are computed in double from the teacher and passed as a constant.
 */
public final class EngineCoarseGradient {

  private EngineCoarseGradient() {}

  /** Loss, ∂L/∂v and the coarse gradient of {@code ste} by autograd, as an {@link EmpiricalPoint} with one STE. */
  public static EmpiricalPoint evaluate(double[] v, double[] w, Teacher teacher, double[][][] samples, SteVariant ste) {
    teacher.requireShapes(v, w);
    EmpiricalLoss.requireSamples(samples, teacher.m(), teacher.n());
    int count = samples.length;
    int m = teacher.m();
    int n = teacher.n();
    float[] z = new float[count * m * n];
    float[] labels = new float[count];
    double[] vStar = teacher.vStar();
    double[] wStar = teacher.wStar();
    for (int k = 0; k < count; k++) {
      double yStar = 0;
      for (int i = 0; i < m; i++) {
        for (int j = 0; j < n; j++) {
          z[(k * m + i) * n + j] = (float) samples[k][i][j];
        }
        yStar += Vectors.dot(samples[k][i], wStar) > 0 ? vStar[i] : 0;
      }
      labels[k] = (float) yStar;
    }
    Tensor zt = Tensor.of(z, count * m, n);
    Tensor wt = Tensor.of(toFloat(w), n, 1).requiresGrad(true);
    Tensor vt = Tensor.of(toFloat(v), 1, m).requiresGrad(true);
    Tensor pre = zt.matmul(wt).reshape(count, m);
    Tensor act = StraightThrough.apply("heaviside_" + YinSte.key(ste), pre, x -> x > 0 ? 1f : 0f,
        x -> (float) YinSte.pseudoDerivative(ste, x));
    Tensor y = act.mul(vt).sum(false, 1);
    Tensor loss = Loss.mse(y, Tensor.of(labels, count)).mul(0.5f);
    loss.backward();
    Map<SteVariant, double[]> coarse = new EnumMap<>(SteVariant.class);
    coarse.put(ste, toDouble(wt.grad().toArray()));
    return new EmpiricalPoint(loss.item(), toDouble(vt.grad().toArray()), coarse);
  }

  private static float[] toFloat(double[] x) {
    float[] f = new float[x.length];
    for (int i = 0; i < x.length; i++) {
      f[i] = (float) x[i];
    }
    return f;
  }

  private static double[] toDouble(float[] x) {
    double[] d = new double[x.length];
    for (int i = 0; i < x.length; i++) {
      d[i] = x[i];
    }
    return d;
  }
}
