package dev.ste4j.tensor;

import dev.ste4j.tensor.kernel.Parallel;

/**
 * Copies the values of one strided view of a flat array into another of the same dimensions: what
 * {@link Tensor#toArray()} (into row-major) and the movement ops' writes into views (from row-major) share.
 */
public final class StridedCopy {

  /** Values below which a copy into a fresh array stays on the calling thread. */
  private static final int PARALLEL_MIN = 1 << 16;

  private StridedCopy() {}

  /**
   * dst[dstOffset + Σ iₐ·dstStrides[a]] = src[srcOffset + Σ iₐ·srcStrides[a]] for every index i of {@code dims}, in
   * row-major order of i. Source and destination must not overlap.
   */
  public static void copy(float[] src, int srcOffset, int[] srcStrides, float[] dst, int dstOffset, int[] dstStrides,
                          int[] dims) {
    int size = 1;
    for (int d : dims) {
      size *= d;
    }
    if (size == 0) {
      return;
    }
    if (dims.length == 2) {
      copy2d(src, srcOffset, srcStrides, dst, dstOffset, dstStrides, dims[0], dims[1]);
      return;
    }
    int r = dims.length;
    int[] idx = new int[r];
    int s = srcOffset;
    int d = dstOffset;
    for (int i = 0; i < size; i++) {
      dst[d] = src[s];
      for (int a = r - 1; a >= 0; a--) {
        idx[a]++;
        s += srcStrides[a];
        d += dstStrides[a];
        if (idx[a] < dims[a]) {
          break;
        }
        s -= srcStrides[a] * idx[a];
        d -= dstStrides[a] * idx[a];
        idx[a] = 0;
      }
    }
  }

  /**
   * As {@link #copy} into a fresh array {@code dst} (so no two indices share a destination), with the blocks of rows
   * of a large 2-D view copied on the kernel threads: a weight's gradient arrives as a transposed view on every step
   * of a binary network, and its copy was 5 % of the main thread of a two-thread bnn-mlp step, the other thread idle.
   */
  public static void copyIntoFresh(float[] src, int srcOffset, int[] srcStrides, float[] dst, int[] dims) {
    if (dims.length != 2 || (long) dims[0] * dims[1] < PARALLEL_MIN) {
      copy(src, srcOffset, srcStrides, dst, 0, Shape.of(dims).contiguousStrides(), dims);
      return;
    }
    int rows = dims[0];
    int cols = dims[1];
    int[] dstStrides = {cols, 1};
    Parallel.forRange((rows + 31) / 32, 1, (from, to) -> {
      int r0 = from * 32;
      int r1 = Math.min(rows, to * 32);
      copy2d(src, srcOffset + r0 * srcStrides[0], srcStrides, dst, r0 * cols, dstStrides, r1 - r0, cols);
    });
  }

  /**
   * Transposed views (the gradients of transposed weights): copy in 32×32 blocks so that the strided reads and the
   * writes both stay within a few cache lines per block.
   */
  private static void copy2d(float[] src, int srcOffset, int[] srcStrides, float[] dst, int dstOffset,
                             int[] dstStrides, int rows, int cols) {
    int s0 = srcStrides[0];
    int s1 = srcStrides[1];
    int d0 = dstStrides[0];
    int d1 = dstStrides[1];
    for (int i0 = 0; i0 < rows; i0 += 32) {
      int i1 = Math.min(rows, i0 + 32);
      for (int j0 = 0; j0 < cols; j0 += 32) {
        int j1 = Math.min(cols, j0 + 32);
        for (int i = i0; i < i1; i++) {
          int s = srcOffset + i * s0;
          int d = dstOffset + i * d0;
          for (int j = j0; j < j1; j++) {
            dst[d + j * d1] = src[s + j * s1];
          }
        }
      }
    }
  }
}
