package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Cache-blocked, register-tiled single-precision GEMM on the Vector API, after Goto &amp; van de Geijn (2008,
 * "Anatomy of high-performance matrix multiplication") and the BLIS loop nest.
 *
 * <p>C[m×n] = (accumulate ? C : 0) + op(A)·op(B). For each block of KC steps of k ({@link #BLOCKING}), in order: op(B) is packed
 * into column panels {@link #NR} wide (or, untransposed and shared by few rows, read in place), in parallel; then
 * tasks of about MC rows of C run in parallel, each packing its rows of op(A) into panels {@link #MR} tall
 * just before sweeping the B panels with them. Panels are zero-padded at the edges, so odd sizes and every transpose
 * combination run the same micro-kernel, which holds an MR×NR tile of C in registers and performs one FMA per
 * element per step of k.
 *
 * <p><b>Determinism.</b> The tile is loaded from C at the start of every k-block and stored at its end, so each
 * element of C is the single chain c ← fma(a_p, b_p, c) for p = 0, 1, …, k−1, started from C (or 0). That chain does
 * not depend on the blocking or on which thread computes the tile: results are bitwise identical for any thread count.
 */
final class VectorGemm {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final int W = F.length();
  /**
   * Rows of the register tile. With 512-bit vectors (AVX-512, 32 registers): 12 rows × 2 vectors = 24 accumulators,
   * plus two B vectors and one broadcast; measured 77–87 GFLOP/s on one Zen 4 core at 1024³ against 71–73 with 6
   * rows. Narrower vectors usually come with 16 registers, where 6 rows (12 accumulators) avoid spills.
   */
  static final int MR = F.vectorBitSize() >= 512 ? 12 : 6;
  /** Columns of the register tile: two vectors. */
  static final int NR = 2 * W;
  /**
   * The cache blocking: steps of k per packed block and rows of C per task, derived from this CPU's caches
   * ({@link GemmBlocking}; the properties {@code ste4j.gemm.kc|mc} override). Measured on Zen 4, 1024³ on two
   * threads: KC 1024 gave 168–189 GFLOP/s against 140–169 at 512 and 137–141 at 256; MC 60 and 120 alike. Blocking
   * changes speed only, never results.
   */
  static final GemmBlocking BLOCKING = GemmBlocking.of(CpuCaches.detect(), MR, NR);

  /**
   * Up to this many rows of C an untransposed B is read in place instead of packed. Packing B costs the same for any
   * m, so it pays only when many rows share it. One thread, Zen 4: 64×576×1024 78 → 91–93 GFLOP/s and 128×1152×1024
   * 78–82 → 101–103 in place, but 256×2304×1024 89 → 57–68 (rows 9 KiB apart alias in the caches).
   */
  static final int IN_PLACE_B_MAX_ROWS = 160;

  /** Steps of k per blocked-transpose step when packing a transposed operand. */
  private static final int PB = 16;

  /**
   * Per-thread packing buffers, grown on demand: [0] packed A, filled by whichever thread runs a task; [1] packed B,
   * the calling thread's, shared read-only by the tasks of its call.
   */
  private static final ThreadLocal<float[][]> SCRATCH = ThreadLocal.withInitial(() -> new float[2][0]);

  private VectorGemm() {}

  /** Panels are indexed by tile, so block sizes must be whole multiples of the tile (and at least one tile). */
  private static int roundUp(int v, int multiple) {
    return Math.max(multiple, (v + multiple - 1) / multiple * multiple);
  }

  static void gemm(boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff, int lda,
                   float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate) {
    gemm(BLOCKING, transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc, accumulate);
  }

  /** The product with a given blocking (tests check that every blocking gives bitwise the same C). */
  static void gemm(GemmBlocking blocking, boolean transA, boolean transB, int m, int n, int k, float[] a, int aOff,
                   int lda, float[] b, int bOff, int ldb, float[] c, int cOff, int ldc, boolean accumulate) {
    int kcBlock = blocking.kc();
    if (m == 0 || n == 0) {
      return;
    }
    if (k == 0) {
      if (!accumulate) {
        for (int i = 0; i < m; i++) {
          java.util.Arrays.fill(c, cOff + i * ldc, cOff + i * ldc + n, 0f);
        }
      }
      return;
    }
    int mStrips = (m + MR - 1) / MR;
    int nStrips = (n + NR - 1) / NR;
    int kcMax = Math.min(kcBlock, k);
    float[][] scratch = SCRATCH.get();
    float[] bp = scratch[1].length >= nStrips * NR * kcMax ? scratch[1] : (scratch[1] = new float[nStrips * NR * kcMax]);
    Partition parts = Partition.of(mStrips, nStrips, Parallel.threads(), blocking.mc());
    for (int pc = 0; pc < k; pc += kcBlock) {
      int kc = Math.min(kcBlock, k - pc);
      int p0 = pc;
      boolean load = accumulate || pc > 0;
      // An untransposed B is read in place, NR columns per row of k (ldb apart): packing it cost as much as the
      // product when few rows of A share it (the convolution's weight gradient). Only a ragged last panel is packed.
      int firstPacked = !transB && m <= IN_PLACE_B_MAX_ROWS ? n / NR : 0;
      Parallel.forRange(nStrips - firstPacked, 4, (from, to) -> {
        for (int s = firstPacked + from; s < firstPacked + to; s++) {
          packB(transB, b, bOff, ldb, p0, kc, s * NR, Math.min(NR, n - s * NR), bp, s * NR * kc);
        }
      });
      // Each task packs its own rows of A just before use, so the packed block is still in that core's L2.
      Parallel.forRange(parts.count(), 1, (from, to) -> {
        float[] own = SCRATCH.get()[0];
        float[] ap = own.length >= parts.stripsPerBlock * MR * kc ? own
            : (SCRATCH.get()[0] = new float[parts.stripsPerBlock * MR * kc]);
        float[] tile = new float[MR * NR];
        for (int t = from; t < to; t++) {
          int s0 = parts.mFrom(t);
          int s1 = parts.mTo(t);
          int j0 = parts.nFrom(t) * NR;
          int jEnd = Math.min(n, parts.nTo(t) * NR);
          for (int s = s0; s < s1; s++) {
            packA(transA, a, aOff, lda, p0, kc, s * MR, Math.min(MR, m - s * MR), ap, (s - s0) * MR * kc);
          }
          for (int j = j0; j < jEnd; j += NR) {
            int nr = Math.min(NR, n - j);
            boolean inPlace = j / NR < firstPacked;
            float[] bSrc = inPlace ? b : bp;
            int bPanel = inPlace ? bOff + p0 * ldb + j : (j / NR) * NR * kc;
            int bStride = inPlace ? ldb : NR;
            for (int s = s0; s < s1; s++) {
              int i = s * MR;
              int mr = Math.min(MR, m - i);
              int aPanel = (s - s0) * MR * kc;
              int ct = cOff + i * ldc + j;
              if (mr == MR && nr == NR) {
                kernel(kc, ap, aPanel, bSrc, bPanel, bStride, c, ct, ldc, load);
              } else {
                edge(kc, ap, aPanel, bSrc, bPanel, bStride, c, ct, ldc, load, mr, nr, tile);
              }
            }
          }
        }
      });
    }
  }

  /**
   * Splits the strips of C into tasks: blocks of about {@code mc} rows, as many as a whole multiple of the thread
   * count so that threads get equal shares; when there are fewer row blocks than threads, the columns are split too.
   */
  private record Partition(int mStrips, int nStrips, int mBlocks, int nBlocks, int stripsPerBlock) {

    static Partition of(int mStrips, int nStrips, int threads, int mc) {
      int stripsPerTask = Math.max(1, mc / MR);
      int blocks = Math.max(1, (mStrips + stripsPerTask - 1) / stripsPerTask);
      // Parallel hands out at most 4 chunks per thread: keep the blocks per chunk equal too.
      int multiple = blocks <= 4 * threads ? threads : 4 * threads;
      blocks = Math.min(mStrips, (blocks + multiple - 1) / multiple * multiple);
      int nBlocks = blocks >= threads ? 1 : Math.min(nStrips, (threads + blocks - 1) / blocks);
      return new Partition(mStrips, nStrips, blocks, nBlocks, (mStrips + blocks - 1) / blocks);
    }

    int count() {
      return mBlocks * nBlocks;
    }

    int mFrom(int task) {
      return (int) ((long) (task / nBlocks) * mStrips / mBlocks);
    }

    int mTo(int task) {
      return (int) ((long) (task / nBlocks + 1) * mStrips / mBlocks);
    }

    int nFrom(int task) {
      return (int) ((long) (task % nBlocks) * nStrips / nBlocks);
    }

    int nTo(int task) {
      return (int) ((long) (task % nBlocks + 1) * nStrips / nBlocks);
    }
  }

  /** Packs op(B)[p0..p0+kc, j0..j0+nr) as kc rows of NR values, zero beyond nr. */
  private static void packB(boolean transB, float[] b, int bOff, int ldb, int p0, int kc, int j0, int nr,
                            float[] bp, int dst) {
    if (!transB) {
      for (int p = 0; p < kc; p++) {
        int src = bOff + (p0 + p) * ldb + j0;
        int d = dst + p * NR;
        System.arraycopy(b, src, bp, d, nr);
        for (int jj = nr; jj < NR; jj++) {
          bp[d + jj] = 0f;
        }
      }
    } else {
      // A blocked transpose: PB steps of k (one cache line of each source row) at a time, so the source lines and
      // the PB×NR destination block stay in L1. Rows of B often lie 4 KiB apart, so striding over rows for every
      // single p would map them all to one L1 set.
      for (int pb = 0; pb < kc; pb += PB) {
        int pe = Math.min(kc, pb + PB);
        for (int jj = 0; jj < nr; jj++) {
          int src = bOff + (j0 + jj) * ldb + p0;
          for (int p = pb; p < pe; p++) {
            bp[dst + p * NR + jj] = b[src + p];
          }
        }
        for (int jj = nr; jj < NR; jj++) {
          for (int p = pb; p < pe; p++) {
            bp[dst + p * NR + jj] = 0f;
          }
        }
      }
    }
  }

  /** Packs op(A)[i0..i0+mr, p0..p0+kc) as kc columns of MR values, zero beyond mr. */
  private static void packA(boolean transA, float[] a, int aOff, int lda, int p0, int kc, int i0, int mr,
                            float[] ap, int dst) {
    if (transA) {
      for (int p = 0; p < kc; p++) {
        int src = aOff + (p0 + p) * lda + i0;
        int d = dst + p * MR;
        System.arraycopy(a, src, ap, d, mr);
        for (int ii = mr; ii < MR; ii++) {
          ap[d + ii] = 0f;
        }
      }
    } else {
      int d = dst;
      for (int p = 0; p < kc; p++, d += MR) {
        int src = aOff + i0 * lda + p0 + p;
        for (int ii = 0; ii < mr; ii++) {
          ap[d + ii] = a[src + ii * lda];
        }
        for (int ii = mr; ii < MR; ii++) {
          ap[d + ii] = 0f;
        }
      }
    }
  }

  private static void kernel(int kc, float[] ap, int aOff, float[] bp, int bOff, int bStride, float[] c, int ct,
                             int ldc, boolean load) {
    float[] c0 = load ? c : MicroKernels.ZEROS;
    int t0 = load ? ct : 0;
    int ld0 = load ? ldc : NR;
    if (MR == 12) {
      MicroKernels.kernel12(kc, ap, aOff, bp, bOff, bStride, c0, t0, ld0, c, ct, ldc);
    } else {
      MicroKernels.kernel6(kc, ap, aOff, bp, bOff, bStride, c0, t0, ld0, c, ct, ldc);
    }
  }

  /** A partial tile: run the full kernel on a copy of the valid part of C, then copy the valid part back. */
  private static void edge(int kc, float[] ap, int aPanel, float[] bp, int bPanel, int bStride, float[] c, int ct,
                           int ldc, boolean load, int mr, int nr, float[] tile) {
    if (load) {
      for (int ii = 0; ii < mr; ii++) {
        System.arraycopy(c, ct + ii * ldc, tile, ii * NR, nr);
      }
    }
    kernel(kc, ap, aPanel, bp, bPanel, bStride, tile, 0, NR, load);
    for (int ii = 0; ii < mr; ii++) {
      System.arraycopy(tile, ii * NR, c, ct + ii * ldc, nr);
    }
  }
}
