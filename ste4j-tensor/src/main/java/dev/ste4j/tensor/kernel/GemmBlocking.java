package dev.ste4j.tensor.kernel;

/**
 * The float GEMM's cache blocking, derived from the CPU's caches and the register tile instead of one machine's
 * constants. Blocking changes speed only: every element of C is the same chain of fused multiply-adds over k in
 * order whatever the blocks ({@link VectorGemm}), so results are bitwise the same on every CPU with the same vector
 * width.
 *
 * <p>The rules (Goto &amp; van de Geijn 2008; BLIS): a k-block's micro-panel of packed B (KC × NR floats), reused by
 * every row strip of a task, takes at most an eighth of L2, leaving room for the task's packed A and the C tiles it
 * streams through; the task's packed A (MC × KC floats) takes at most a quarter of L2, so it is still there when the
 * next column panel sweeps it. Both are rounded down to a power of two (KC, 256 to 4096) and to whole tiles (MC, at
 * least 4 row tiles so tasks stay coarse). On a Zen 4 core (1 MiB L2, 512-bit vectors) this gives KC 1024 and MC 60, the
 * values measured best there; on a Zen 2 core (512 KiB L2, 256-bit vectors) KC 1024 and MC 30.
 *
 * @param kc     steps of k per packed block
 * @param mc     rows of C per task (a multiple of the register tile's rows)
 * @param reason how they were chosen
 */
public record GemmBlocking(int kc, int mc, String reason) {

  /** The blocking for these caches and a register tile of {@code mr} × {@code nr}; system properties override. */
  static GemmBlocking of(CpuCaches caches, int mr, int nr) {
    Integer kcProperty = Integer.getInteger("ste4j.gemm.kc");
    Integer mcProperty = Integer.getInteger("ste4j.gemm.mc");
    int kc = kcProperty != null ? Math.max(1, kcProperty)
        : (int) clamp(Long.highestOneBit(caches.l2() / 8 / (4L * nr)), 256, 4096);
    int mc = mcProperty != null ? roundUp(mcProperty, mr)
        : (int) Math.max(4L * mr, caches.l2() / 4 / (4L * kc) / mr * mr);
    String why = kcProperty != null || mcProperty != null ? "set by ste4j.gemm.kc/mc"
        : "from the " + (caches.l2() >> 10) + " KiB L2: B micro-panel ≤ L2/8, packed A ≤ L2/4";
    return new GemmBlocking(kc, mc, why);
  }

  private static long clamp(long v, long lo, long hi) {
    return Math.max(lo, Math.min(hi, v));
  }

  private static int roundUp(int v, int multiple) {
    return Math.max(multiple, (v + multiple - 1) / multiple * multiple);
  }

  @Override
  public String toString() {
    return "k-block " + kc + ", " + mc + " rows per task (" + reason + ")";
  }
}
