package dev.ste4j.lab.jeong2025;

import dev.ste4j.tensor.kernel.KernelSelection;

/**
 * The two loops of the coarse gradient, behind one narrow interface with a scalar reference implementation and a
 * Vector API twin. Both perform the same multiplications and additions in the same order per output element (no
 * fused multiply-add, no reassociation), so they give bitwise identical results: the choice changes speed only.
 * Callers validate arguments (kernels do no checks).
 */
interface GradientKernel {

  /** x[r] = Σ_j u[j]·cols[j·rows + r] for r in [0, rows), the terms added in order j = 0, 1, …, n−1 onto 0. */
  void preActivations(float[] cols, int rows, int n, float[] u, float[] x);

  /** g[j] += Σ_a coefficient[a]·z[row[a]·n + j] for a in [0, active), the terms added in order a = 0, 1, …. */
  void accumulateRows(float[] z, int n, int[] row, float[] coefficient, int active, float[] g);

  /** {@code scalar} or {@code vector}. */
  String name();

  /**
   * The implementation matching the engine's kernel choice ({@link KernelSelection}): the Vector API one when the
   * engine uses vector kernels, loaded by name so it links only then.
   */
  static GradientKernel selected() {
    return Holder.SELECTED;
  }

  /** Lazy holder: the choice is made once, on first use. */
  final class Holder {
    static final GradientKernel SELECTED = choose();

    private Holder() {}

    private static GradientKernel choose() {
      if ("vector".equals(KernelSelection.selected().kernels().name())) {
        try {
          return (GradientKernel) Class.forName("dev.ste4j.lab.jeong2025.VectorGradientKernel")
              .getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException | LinkageError e) {
          return new ScalarGradientKernel();
        }
      }
      return new ScalarGradientKernel();
    }
  }
}
