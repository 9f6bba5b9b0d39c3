import java.util.concurrent.CountDownLatch;
import jdk.incubator.vector.LongVector;
import jdk.incubator.vector.VectorOperators;
import jdk.incubator.vector.VectorSpecies;

/**
 * The popcount bound of this CPU, measured: XOR, lane-wise bit count and add of word pairs from two L1-resident rows
 * of 64-bit words, in the 2 × 4 register tile of the XNOR kernels, with nothing else (no outputs, no packing). Word
 * pairs per second per core is about the ceiling an XNOR kernel can reach on this core; run with one and with two
 * threads (one row pair per thread). Needs JDK 19 or later (the lane-wise bit count). Usage:
 * java --add-modules jdk.incubator.vector bench/adhoc/PopcountBound.java [threads] [seconds]
 */
public class PopcountBound {
  static final VectorSpecies<Long> S = LongVector.SPECIES_PREFERRED;
  static final int WORDS = 512; // 4 KiB a row: both rows stay in L1

  public static void main(String[] a) throws Exception {
    int threads = a.length > 0 ? Integer.parseInt(a[0]) : 1;
    double seconds = a.length > 1 ? Double.parseDouble(a[1]) : 3;
    for (int round = 0; round < 3; round++) {
      long[] words = new long[threads];
      long[] nanos = new long[threads];
      CountDownLatch start = new CountDownLatch(1);
      Thread[] ts = new Thread[threads];
      for (int t = 0; t < threads; t++) {
        int id = t;
        ts[t] = new Thread(() -> {
          long[] x = new long[WORDS];
          long[] y = new long[WORDS];
          java.util.Random r = new java.util.Random(id);
          for (int i = 0; i < WORDS; i++) {
            x[i] = r.nextLong();
            y[i] = r.nextLong();
          }
          try {
            start.await();
          } catch (InterruptedException e) {
            throw new RuntimeException(e);
          }
          long sink = 0;
          long done = 0;
          long t0 = System.nanoTime();
          long end = t0 + (long) (seconds * 1e9);
          while (System.nanoTime() < end) {
            for (int k = 0; k < 1000; k++) {
              sink += pass(x, y);
            }
            done += 1000L * PAIRS;
          }
          nanos[id] = System.nanoTime() - t0;
          words[id] = done + (sink == 42 ? 1 : 0);
        });
        ts[t].start();
      }
      start.countDown();
      for (Thread t : ts) {
        t.join();
      }
      double total = 0;
      for (int t = 0; t < threads; t++) {
        total += words[t] / (nanos[t] / 1e9);
      }
      System.out.printf("round %d: %d thread(s), %.2f G word pairs/s in all, %.2f G word pairs/s per core"
          + " (%d-bit vectors)%n", round + 1, threads, total / 1e9, total / 1e9 / threads, S.vectorBitSize());
    }
  }

  /** 2 × 4 register tile, as the XNOR kernels use: 6 loads feed 8 XOR + bit count + add, 8·lanes word pairs. */
  static long pass(long[] x, long[] y) {
    int l = S.length();
    LongVector s0 = LongVector.zero(S);
    LongVector s1 = s0;
    LongVector s2 = s0;
    LongVector s3 = s0;
    LongVector s4 = s0;
    LongVector s5 = s0;
    LongVector s6 = s0;
    LongVector s7 = s0;
    for (int w = 0; w < WORDS; w += 4 * l) {
      LongVector x0 = LongVector.fromArray(S, x, w);
      LongVector x1 = LongVector.fromArray(S, x, w + l);
      LongVector y0 = LongVector.fromArray(S, y, w);
      LongVector y1 = LongVector.fromArray(S, y, w + l);
      LongVector y2 = LongVector.fromArray(S, y, w + 2 * l);
      LongVector y3 = LongVector.fromArray(S, y, w + 3 * l);
      s0 = s0.add(count(x0, y0));
      s1 = s1.add(count(x0, y1));
      s2 = s2.add(count(x0, y2));
      s3 = s3.add(count(x0, y3));
      s4 = s4.add(count(x1, y0));
      s5 = s5.add(count(x1, y1));
      s6 = s6.add(count(x1, y2));
      s7 = s7.add(count(x1, y3));
    }
    return s0.add(s1).add(s2).add(s3).add(s4).add(s5).add(s6).add(s7).reduceLanes(VectorOperators.ADD);
  }

  /** Word pairs one pass counts. */
  static final int PAIRS = WORDS / 4 * 8;

  static LongVector count(LongVector x, LongVector y) {
    return x.lanewise(VectorOperators.XOR, y).lanewise(VectorOperators.BIT_COUNT);
  }
}
