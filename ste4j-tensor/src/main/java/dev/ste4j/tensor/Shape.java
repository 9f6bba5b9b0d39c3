package dev.ste4j.tensor;

import java.util.Arrays;

/** An immutable tensor shape: the sizes of each axis, outermost first. A scalar has rank 0 and size 1. */
public final class Shape {

  private static final Shape SCALAR = new Shape(new int[0]);
  private final int[] dims;
  private final int size;

  private Shape(int[] dims) {
    this.dims = dims;
    long s = 1;
    for (int d : dims) {
      if (d < 0) {
        throw new IllegalArgumentException("negative dimension in shape " + Arrays.toString(dims));
      }
      s *= d;
      if (s > Integer.MAX_VALUE) {
        throw new IllegalArgumentException("shape " + Arrays.toString(dims) + " has more than 2^31-1 elements");
      }
    }
    this.size = (int) s;
  }

  public static Shape of(int... dims) {
    return dims.length == 0 ? SCALAR : new Shape(dims.clone());
  }

  public static Shape scalar() {
    return SCALAR;
  }

  public int rank() {
    return dims.length;
  }

  /** Number of elements. */
  public int size() {
    return size;
  }

  /** Size of an axis; negative axes count from the end. */
  public int dim(int axis) {
    return dims[axis(axis)];
  }

  /** Normalises a possibly negative axis index, with a clear error when it is out of range. */
  public int axis(int axis) {
    int a = axis < 0 ? axis + dims.length : axis;
    if (a < 0 || a >= dims.length) {
      throw new IllegalArgumentException("axis " + axis + " out of range for shape " + this);
    }
    return a;
  }

  public int[] dims() {
    return dims.clone();
  }

  /** Row-major strides of a contiguous tensor of this shape. */
  public int[] contiguousStrides() {
    int[] s = new int[dims.length];
    int acc = 1;
    for (int i = dims.length - 1; i >= 0; i--) {
      s[i] = acc;
      acc *= dims[i];
    }
    return s;
  }

  /**
   * The dims of a batch of {@code n} samples of shape {@code sample}: {@code [n, sample...]}, the layout every model
   * input has.
   */
  public static int[] batched(int n, int[] sample) {
    int[] d = new int[sample.length + 1];
    d[0] = n;
    System.arraycopy(sample, 0, d, 1, sample.length);
    return d;
  }

  /** The shape with one axis replaced. */
  public Shape with(int axis, int size) {
    int[] d = dims.clone();
    d[axis(axis)] = size;
    return new Shape(d);
  }

  /**
   * The broadcast of two shapes (NumPy rules: align trailing axes; sizes equal or one of them 1).
   *
   * @param op named in the error when the shapes are incompatible
   */
  public static Shape broadcast(String op, Shape a, Shape b) {
    if (a.equals(b)) {
      return a;
    }
    int r = Math.max(a.rank(), b.rank());
    int[] out = new int[r];
    for (int i = 0; i < r; i++) {
      int da = i < r - a.rank() ? 1 : a.dims[i - (r - a.rank())];
      int db = i < r - b.rank() ? 1 : b.dims[i - (r - b.rank())];
      if (da != db && da != 1 && db != 1) {
        throw new IllegalArgumentException(op + ": shapes " + a + " and " + b + " cannot be broadcast together");
      }
      out[i] = da == 1 ? db : da;
    }
    return new Shape(out);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Shape s && Arrays.equals(s.dims, dims);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(dims);
  }

  @Override
  public String toString() {
    return Arrays.toString(dims);
  }
}
