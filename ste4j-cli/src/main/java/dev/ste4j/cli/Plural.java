package dev.ste4j.cli;

/** A count with its noun in the right number: "1 epoch", "2 epochs", "1 batch", "3 batches". */
public final class Plural {

  private Plural() {}

  /** {@code n} and the noun, adding "es" after s, x, z, ch and sh and "s" otherwise when {@code n} is not 1. */
  public static String of(long n, String singular) {
    if (n == 1) {
      return n + " " + singular;
    }
    boolean sibilant = singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("z")
        || singular.endsWith("ch") || singular.endsWith("sh");
    return n + " " + singular + (sibilant ? "es" : "s");
  }
}
