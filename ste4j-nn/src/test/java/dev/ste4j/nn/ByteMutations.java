package dev.ste4j.nn;

import dev.ste4j.tensor.random.Rng;
import java.util.Arrays;

/** Seeded mutations of a valid binary file, shared by the fuzz tests of every binary reader. */
public final class ByteMutations {

  private ByteMutations() {}

  /** One of: flip bits, overwrite bytes, overwrite a header word with a large value, truncate, insert, delete. */
  public static byte[] mutate(byte[] valid, Rng rng) {
    byte[] b = valid.clone();
    switch (rng.nextInt(6)) {
      case 0 -> {
        for (int k = 1 + rng.nextInt(4); k > 0; k--) {
          int i = rng.nextInt(b.length);
          b[i] ^= (byte) (1 << rng.nextInt(8));
        }
      }
      case 1 -> {
        for (int k = 1 + rng.nextInt(4); k > 0; k--) {
          b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
        }
      }
      case 2 -> {
        // A lying header: a word near the start set to a large or extreme value.
        int at = 4 * rng.nextInt(Math.min(4, b.length / 4));
        int v = switch (rng.nextInt(4)) {
          case 0 -> Integer.MAX_VALUE;
          case 1 -> Integer.MIN_VALUE;
          case 2 -> 1 << 30;
          default -> (int) rng.nextLong();
        };
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
      }
      case 3 -> b = Arrays.copyOf(b, rng.nextInt(b.length));
      case 4 -> {
        int at = rng.nextInt(b.length + 1);
        int n = 1 + rng.nextInt(8);
        byte[] c = new byte[b.length + n];
        System.arraycopy(b, 0, c, 0, at);
        for (int i = 0; i < n; i++) {
          c[at + i] = (byte) rng.nextInt(256);
        }
        System.arraycopy(b, at, c, at + n, b.length - at);
        b = c;
      }
      default -> {
        int at = rng.nextInt(b.length);
        int n = Math.min(1 + rng.nextInt(8), b.length - at);
        byte[] c = new byte[b.length - n];
        System.arraycopy(b, 0, c, 0, at);
        System.arraycopy(b, at + n, c, at, b.length - at - n);
        b = c;
      }
    }
    return b;
  }
}
