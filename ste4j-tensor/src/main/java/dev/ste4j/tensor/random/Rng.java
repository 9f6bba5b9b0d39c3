package dev.ste4j.tensor.random;

/**
 * A seeded, splittable random source (SplitMix64) whose whole state is one {@code long}.
 *
 * <p>The same seed gives the same stream on every JVM and platform. {@link #split(long...)} derives an independent
 * stream from this source's seed and a list of keys (e.g. trial coordinates) without consuming from this one, so
 * parallel work seeded by its coordinates is identical whatever the thread count or order. Not thread-safe: give each
 * thread its own split.
 */
public final class Rng {

  private static final long GOLDEN = 0x9E3779B97F4A7C15L;
  private final long seed;
  private long state;

  public Rng(long seed) {
    this.seed = seed;
    this.state = seed;
  }

  /** Restores a source from {@link #seed()} and {@link #state()} (for checkpoints). */
  public static Rng restore(long seed, long state) {
    Rng r = new Rng(seed);
    r.state = state;
    return r;
  }

  /** The seed this source was created with. */
  public long seed() {
    return seed;
  }

  /** The current state; with {@link #seed()} it restores this source exactly. */
  public long state() {
    return state;
  }

  /** An independent source determined by this source's seed and the keys only. */
  public Rng split(long... keys) {
    long s = mix(seed ^ 0x5DEECE66DL);
    for (long k : keys) {
      s = mix(s + GOLDEN + mix(k));
    }
    return new Rng(s);
  }

  /** The SplitMix64 finaliser: a bijective avalanche of 64 bits. */
  static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  public long nextLong() {
    state += GOLDEN;
    return mix(state);
  }

  /** Uniform in [0, bound), without modulo bias. */
  public int nextInt(int bound) {
    if (bound <= 0) {
      throw new IllegalArgumentException("bound must be positive, got " + bound);
    }
    long limit = (1L << 32) - ((1L << 32) % bound);
    long r;
    do {
      r = nextLong() >>> 32;
    } while (r >= limit);
    return (int) (r % bound);
  }

  /** Uniform in [0, 1) with 53 random bits. */
  public double nextDouble() {
    return (nextLong() >>> 11) * 0x1.0p-53;
  }

  /** Uniform in [0, 1) with 24 random bits. */
  public float nextFloat() {
    return (nextLong() >>> 40) * 0x1.0p-24f;
  }

  /** Standard normal by Box–Muller; one draw consumes two uniforms, so the state stays a single long. */
  public double nextGaussian() {
    double u1 = 1.0 - nextDouble(); // in (0, 1]: log is finite
    double u2 = nextDouble();
    return Math.sqrt(-2.0 * Math.log(u1)) * Math.cos(2.0 * Math.PI * u2);
  }

  /** +1 or −1 with equal probability. */
  public int nextSign() {
    return nextLong() < 0 ? -1 : 1;
  }

  /** Fills with independent standard normals scaled by std. */
  public void fillGaussian(float[] x, float std) {
    for (int i = 0; i < x.length; i++) {
      x[i] = (float) (std * nextGaussian());
    }
  }

  /** Fills with independent uniforms on [lo, hi). */
  public void fillUniform(float[] x, float lo, float hi) {
    for (int i = 0; i < x.length; i++) {
      x[i] = lo + (hi - lo) * nextFloat();
    }
  }

  /** Fisher–Yates shuffle in place. */
  public void shuffle(int[] a) {
    for (int i = a.length - 1; i > 0; i--) {
      int j = nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }

  /** A random permutation of 0..n−1. */
  public int[] permutation(int n) {
    int[] p = new int[n];
    for (int i = 0; i < n; i++) {
      p[i] = i;
    }
    shuffle(p);
    return p;
  }
}
