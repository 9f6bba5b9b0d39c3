package dev.ste4j.tensor;

import dev.ste4j.tensor.kernel.Parallel;

/**
 * Copies the values of one strided view of a flat array into another of the same dimensions: what
 * {@link Tensor#toArray()} (into row-major) and the movement ops' writes into views (from row-major) share.
 */
public final class StridedCopy {

  /**
   * Values below which a copy into a fresh array stays on the calling thread: 256 KiB, where a hand-off to the
   * kernel threads (a few microseconds) is small beside the copy.
   */
  private static final int PARALLEL_MIN = 1 << 16;
  /** Rows and columns of the blocks a 2-D copy moves at a time. */
  private static final int BLOCK = 32;

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
   * As {@link #copy} into a fresh row-major array {@code dst} (which overlaps no view's storage), with the blocks of
   * rows of a large 2-D view copied on the kernel threads: a weight's gradient arrives as a transposed view on every
   * step of a binary network, and its copy was 5 % of the main thread of a two-thread bnn-mlp step, the other thread
   * idle.
   */
  public static void copyIntoFresh(float[] src, int srcOffset, int[] srcStrides, float[] dst, int[] dims) {
    if (dims.length != 2 || (long) dims[0] * dims[1] < PARALLEL_MIN) {
      copy(src, srcOffset, srcStrides, dst, 0, Shape.of(dims).contiguousStrides(), dims);
      return;
    }
    int rows = dims[0];
    int cols = dims[1];
    int[] dstStrides = {cols, 1};
    Parallel.forRange((rows + BLOCK - 1) / BLOCK, 1, (from, to) -> {
      int r0 = from * BLOCK;
      int r1 = Math.min(rows, to * BLOCK);
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
    for (int i0 = 0; i0 < rows; i0 += BLOCK) {
      int i1 = Math.min(rows, i0 + BLOCK);
      for (int j0 = 0; j0 < cols; j0 += BLOCK) {
        int j1 = Math.min(cols, j0 + BLOCK);
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
