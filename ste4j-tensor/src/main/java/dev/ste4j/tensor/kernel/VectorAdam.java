package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.DoubleVector;
import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorShape;
import jdk.incubator.vector.VectorSpecies;

/**
 * The Adam step on the Vector API, in double lanes as the scalar loop computes it: the same operations in the same
 * order, no fused multiply-add, and the moments rounded to float before they are used (as the scalar loop reads them
 * back from the float arrays), so the result is bitwise the scalar one. IEEE add, multiply, divide and square root are
 * correctly rounded in both. The update was the largest cost of a binary MLP's training step after the GEMMs.
 */
final class VectorAdam {

  private static final VectorSpecies<Double> D = DoubleVector.SPECIES_PREFERRED;
  /** Floats with as many lanes as D (half the register width); null where D has a single lane. */
  private static final VectorSpecies<Float> F = D.length() >= 2
      ? VectorSpecies.of(float.class, VectorShape.forBitSize(D.vectorBitSize() / 2)) : null;
  private static final ScalarKernels TAIL = new ScalarKernels();

  private VectorAdam() {}

  static void step(AdamCoefficients c, float[] w, float[] grad, float[] m, float[] v, int from, int to) {
    int i = from;
    if (F != null) {
      int lanes = D.length();
      DoubleVector beta1 = DoubleVector.broadcast(D, c.beta1());
      DoubleVector oneMinusBeta1 = DoubleVector.broadcast(D, 1 - c.beta1());
      DoubleVector beta2 = DoubleVector.broadcast(D, c.beta2());
      DoubleVector oneMinusBeta2 = DoubleVector.broadcast(D, 1 - c.beta2());
      DoubleVector l2 = DoubleVector.broadcast(D, c.l2());
      DoubleVector shrink = DoubleVector.broadcast(D, c.shrink());
      DoubleVector rate = DoubleVector.broadcast(D, c.rate());
      DoubleVector bc1 = DoubleVector.broadcast(D, c.bc1());
      DoubleVector bc2 = DoubleVector.broadcast(D, c.bc2());
      DoubleVector eps = DoubleVector.broadcast(D, c.eps());
      for (; i + lanes <= to; i += lanes) {
        DoubleVector wi = widen(w, i);
        DoubleVector g = widen(grad, i).add(l2.mul(wi));
        FloatVector mf = narrow(beta1.mul(widen(m, i)).add(oneMinusBeta1.mul(g)));
        FloatVector vf = narrow(beta2.mul(widen(v, i)).add(oneMinusBeta2.mul(g).mul(g)));
        mf.intoArray(m, i);
        vf.intoArray(v, i);
        DoubleVector mHat = widen(mf).div(bc1);
        DoubleVector vHat = widen(vf).div(bc2);
        narrow(wi.mul(shrink).sub(rate.mul(mHat).div(vHat.sqrt().add(eps)))).intoArray(w, i);
      }
    }
    TAIL.adamStep(c, w, grad, m, v, i, to);
  }

  private static DoubleVector widen(float[] a, int i) {
    return widen(FloatVector.fromArray(F, a, i));
  }

  private static DoubleVector widen(FloatVector f) {
    return (DoubleVector) f.convertShape(VectorOperators.F2D, D, 0);
  }

  private static FloatVector narrow(DoubleVector d) {
    return (FloatVector) d.convertShape(VectorOperators.D2F, F, 0);
  }
}
