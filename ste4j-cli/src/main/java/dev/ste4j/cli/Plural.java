package dev.ste4j.cli;

/** A count with its noun in the right number: "1 epoch", "2 epochs", "1 batch", "3 batches". */
public final class Plural {

  private Plural() {}

  /**
   * {@code n} and the noun, plural when {@code n} is not 1: "es" after s, x, z, sh and tch ("batches"), else "s"
   * ("epochs", whose "ch" sounds like k).
   */
  public static String of(long n, String singular) {
    if (n == 1) {
      return n + " " + singular;
    }
    boolean sibilant = singular.endsWith("s") || singular.endsWith("x") || singular.endsWith("z")
        || singular.endsWith("sh") || singular.endsWith("tch");
    return n + " " + singular + (sibilant ? "es" : "s");
  }
}
