package dev.ste4j.tensor.kernel;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * The register-tile micro-kernels of {@link VectorGemm}: C[r×NR] = start + Σ_p a_p ⊗ b_p, where the start tile is C
 * itself or {@link #ZEROS}. The caller picks it: a kernel with a branch of its own (load or zero) is recompiled by
 * JDK 17's C2 once both branches have run, and that version calls the FMAs out of line, boxing every vector: a
 * convolution's training steps became six to nine times slower after its first ten seconds (measured). Σ_p runs
 * over kc steps of packed A (r values per step) and packed B (NR = two vectors per step), one FMA per element per
 * step, in order of p. Unrolled by hand so that every accumulator stays in a register.
 */
final class MicroKernels {

  private static final VectorSpecies<Float> F = FloatVector.SPECIES_PREFERRED;
  private static final int W = F.length();
  private static final int NR = 2 * W;
  /** What a tile starts from when C is not loaded: 12 rows of NR zeros, never written (row stride NR). */
  static final float[] ZEROS = new float[12 * NR];

  private MicroKernels() {}

  /** The 12×NR micro-kernel (AVX-512: 32 vector registers): C tile = start tile (c0 at t0, row stride ld0: C itself, or ZEROS) + Σ_p a_p ⊗ b_p, one FMA per element. */
  static void kernel12(int kc, float[] ap, int aOff, float[] bp, int bOff, int bStride, float[] c0, int t0, int ld0,
                       float[] c, int ct, int ldc) {
    FloatVector c000, c001, c010, c011, c020, c021, c030, c031, c040, c041, c050, c051, c060, c061, c070, c071, c080, c081, c090, c091, c100, c101, c110, c111;
    c000 = FloatVector.fromArray(F, c0, t0 + 0 * ld0);
    c001 = FloatVector.fromArray(F, c0, t0 + 0 * ld0 + W);
    c010 = FloatVector.fromArray(F, c0, t0 + 1 * ld0);
    c011 = FloatVector.fromArray(F, c0, t0 + 1 * ld0 + W);
    c020 = FloatVector.fromArray(F, c0, t0 + 2 * ld0);
    c021 = FloatVector.fromArray(F, c0, t0 + 2 * ld0 + W);
    c030 = FloatVector.fromArray(F, c0, t0 + 3 * ld0);
    c031 = FloatVector.fromArray(F, c0, t0 + 3 * ld0 + W);
    c040 = FloatVector.fromArray(F, c0, t0 + 4 * ld0);
    c041 = FloatVector.fromArray(F, c0, t0 + 4 * ld0 + W);
    c050 = FloatVector.fromArray(F, c0, t0 + 5 * ld0);
    c051 = FloatVector.fromArray(F, c0, t0 + 5 * ld0 + W);
    c060 = FloatVector.fromArray(F, c0, t0 + 6 * ld0);
    c061 = FloatVector.fromArray(F, c0, t0 + 6 * ld0 + W);
    c070 = FloatVector.fromArray(F, c0, t0 + 7 * ld0);
    c071 = FloatVector.fromArray(F, c0, t0 + 7 * ld0 + W);
    c080 = FloatVector.fromArray(F, c0, t0 + 8 * ld0);
    c081 = FloatVector.fromArray(F, c0, t0 + 8 * ld0 + W);
    c090 = FloatVector.fromArray(F, c0, t0 + 9 * ld0);
    c091 = FloatVector.fromArray(F, c0, t0 + 9 * ld0 + W);
    c100 = FloatVector.fromArray(F, c0, t0 + 10 * ld0);
    c101 = FloatVector.fromArray(F, c0, t0 + 10 * ld0 + W);
    c110 = FloatVector.fromArray(F, c0, t0 + 11 * ld0);
    c111 = FloatVector.fromArray(F, c0, t0 + 11 * ld0 + W);
    int pa = aOff;
    int pb = bOff;
    for (int p = 0; p < kc; p++, pa += 12, pb += bStride) {
      FloatVector b0 = FloatVector.fromArray(F, bp, pb);
      FloatVector b1 = FloatVector.fromArray(F, bp, pb + W);
      FloatVector a0 = FloatVector.broadcast(F, ap[pa + 0]);
      c000 = a0.fma(b0, c000);
      c001 = a0.fma(b1, c001);
      FloatVector a1 = FloatVector.broadcast(F, ap[pa + 1]);
      c010 = a1.fma(b0, c010);
      c011 = a1.fma(b1, c011);
      FloatVector a2 = FloatVector.broadcast(F, ap[pa + 2]);
      c020 = a2.fma(b0, c020);
      c021 = a2.fma(b1, c021);
      FloatVector a3 = FloatVector.broadcast(F, ap[pa + 3]);
      c030 = a3.fma(b0, c030);
      c031 = a3.fma(b1, c031);
      FloatVector a4 = FloatVector.broadcast(F, ap[pa + 4]);
      c040 = a4.fma(b0, c040);
      c041 = a4.fma(b1, c041);
      FloatVector a5 = FloatVector.broadcast(F, ap[pa + 5]);
      c050 = a5.fma(b0, c050);
      c051 = a5.fma(b1, c051);
      FloatVector a6 = FloatVector.broadcast(F, ap[pa + 6]);
      c060 = a6.fma(b0, c060);
      c061 = a6.fma(b1, c061);
      FloatVector a7 = FloatVector.broadcast(F, ap[pa + 7]);
      c070 = a7.fma(b0, c070);
      c071 = a7.fma(b1, c071);
      FloatVector a8 = FloatVector.broadcast(F, ap[pa + 8]);
      c080 = a8.fma(b0, c080);
      c081 = a8.fma(b1, c081);
      FloatVector a9 = FloatVector.broadcast(F, ap[pa + 9]);
      c090 = a9.fma(b0, c090);
      c091 = a9.fma(b1, c091);
      FloatVector a10 = FloatVector.broadcast(F, ap[pa + 10]);
      c100 = a10.fma(b0, c100);
      c101 = a10.fma(b1, c101);
      FloatVector a11 = FloatVector.broadcast(F, ap[pa + 11]);
      c110 = a11.fma(b0, c110);
      c111 = a11.fma(b1, c111);
    }
    c000.intoArray(c, ct + 0 * ldc);
    c001.intoArray(c, ct + 0 * ldc + W);
    c010.intoArray(c, ct + 1 * ldc);
    c011.intoArray(c, ct + 1 * ldc + W);
    c020.intoArray(c, ct + 2 * ldc);
    c021.intoArray(c, ct + 2 * ldc + W);
    c030.intoArray(c, ct + 3 * ldc);
    c031.intoArray(c, ct + 3 * ldc + W);
    c040.intoArray(c, ct + 4 * ldc);
    c041.intoArray(c, ct + 4 * ldc + W);
    c050.intoArray(c, ct + 5 * ldc);
    c051.intoArray(c, ct + 5 * ldc + W);
    c060.intoArray(c, ct + 6 * ldc);
    c061.intoArray(c, ct + 6 * ldc + W);
    c070.intoArray(c, ct + 7 * ldc);
    c071.intoArray(c, ct + 7 * ldc + W);
    c080.intoArray(c, ct + 8 * ldc);
    c081.intoArray(c, ct + 8 * ldc + W);
    c090.intoArray(c, ct + 9 * ldc);
    c091.intoArray(c, ct + 9 * ldc + W);
    c100.intoArray(c, ct + 10 * ldc);
    c101.intoArray(c, ct + 10 * ldc + W);
    c110.intoArray(c, ct + 11 * ldc);
    c111.intoArray(c, ct + 11 * ldc + W);
  }

  /** The 6×NR micro-kernel (machines with 16 vector registers): C tile = start tile (c0 at t0, row stride ld0: C itself, or ZEROS) + Σ_p a_p ⊗ b_p, one FMA per element. */
  static void kernel6(int kc, float[] ap, int aOff, float[] bp, int bOff, int bStride, float[] c0, int t0, int ld0,
                       float[] c, int ct, int ldc) {
    FloatVector c00, c01, c10, c11, c20, c21, c30, c31, c40, c41, c50, c51;
    c00 = FloatVector.fromArray(F, c0, t0 + 0 * ld0);
    c01 = FloatVector.fromArray(F, c0, t0 + 0 * ld0 + W);
    c10 = FloatVector.fromArray(F, c0, t0 + 1 * ld0);
    c11 = FloatVector.fromArray(F, c0, t0 + 1 * ld0 + W);
    c20 = FloatVector.fromArray(F, c0, t0 + 2 * ld0);
    c21 = FloatVector.fromArray(F, c0, t0 + 2 * ld0 + W);
    c30 = FloatVector.fromArray(F, c0, t0 + 3 * ld0);
    c31 = FloatVector.fromArray(F, c0, t0 + 3 * ld0 + W);
    c40 = FloatVector.fromArray(F, c0, t0 + 4 * ld0);
    c41 = FloatVector.fromArray(F, c0, t0 + 4 * ld0 + W);
    c50 = FloatVector.fromArray(F, c0, t0 + 5 * ld0);
    c51 = FloatVector.fromArray(F, c0, t0 + 5 * ld0 + W);
    int pa = aOff;
    int pb = bOff;
    for (int p = 0; p < kc; p++, pa += 6, pb += bStride) {
      FloatVector b0 = FloatVector.fromArray(F, bp, pb);
      FloatVector b1 = FloatVector.fromArray(F, bp, pb + W);
      FloatVector a0 = FloatVector.broadcast(F, ap[pa]);
      c00 = a0.fma(b0, c00);
      c01 = a0.fma(b1, c01);
      FloatVector a1 = FloatVector.broadcast(F, ap[pa + 1]);
      c10 = a1.fma(b0, c10);
      c11 = a1.fma(b1, c11);
      FloatVector a2 = FloatVector.broadcast(F, ap[pa + 2]);
      c20 = a2.fma(b0, c20);
      c21 = a2.fma(b1, c21);
      FloatVector a3 = FloatVector.broadcast(F, ap[pa + 3]);
      c30 = a3.fma(b0, c30);
      c31 = a3.fma(b1, c31);
      FloatVector a4 = FloatVector.broadcast(F, ap[pa + 4]);
      c40 = a4.fma(b0, c40);
      c41 = a4.fma(b1, c41);
      FloatVector a5 = FloatVector.broadcast(F, ap[pa + 5]);
      c50 = a5.fma(b0, c50);
      c51 = a5.fma(b1, c51);
    }
    c00.intoArray(c, ct);
    c01.intoArray(c, ct + W);
    c10.intoArray(c, ct + ldc);
    c11.intoArray(c, ct + ldc + W);
    c20.intoArray(c, ct + 2 * ldc);
    c21.intoArray(c, ct + 2 * ldc + W);
    c30.intoArray(c, ct + 3 * ldc);
    c31.intoArray(c, ct + 3 * ldc + W);
    c40.intoArray(c, ct + 4 * ldc);
    c41.intoArray(c, ct + 4 * ldc + W);
    c50.intoArray(c, ct + 5 * ldc);
    c51.intoArray(c, ct + 5 * ldc + W);
  }
}
