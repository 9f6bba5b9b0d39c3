package dev.ste4j.cli;

import dev.ste4j.tensor.random.Rng;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Seeded mutation of valid JSON, JSON-lines and YAML inputs, and the tally of what the reader made of each mutant.
 *
 * <p>A case is one mutant, made by one of: byte flips, random bytes written over the text, truncation, a deleted,
 * duplicated or swapped line, a value replaced by a hostile one (another type, a number too big for any type, NaN,
 * ±Infinity, a 2000-digit number, a 5000-deep nesting, a huge declared size, an empty array, a control character), an
 * array grown by repeating its elements (shapes that disagree with the declared sizes), or a YAML alias bomb. The
 * reader under test must end every case in a correct load or in its documented error; ste4j-nn's test
 * {@code FuzzTally} counts both and records anything else with the case number, so a failure can be rerun alone from
 * the same seed.
 *
 * <p>The case count per reader is {@code -Dste4j.fuzz.cases=N} (default {@link #DEFAULT_CASES}, what CI runs).
 */
public final class TextFuzz {

  /** Cases per reader in CI; raise it with {@code -Dste4j.fuzz.cases}. */
  public static final int DEFAULT_CASES = 500;

  /** The seed of every text fuzz run; each reader derives its own stream from it and its name. */
  public static final long SEED = 20261123L;

  private static final Pattern VALUE = Pattern.compile(
      "-?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?|\"(?:[^\"\\\\]|\\\\.)*\"|\\btrue\\b|\\bfalse\\b|\\bnull\\b|\\[\\]");
  private static final Pattern ARRAY = Pattern.compile("\\[[^\\[\\]]+\\]");

  private TextFuzz() {}

  /** The number of cases per reader for this run. */
  public static int cases() {
    return Integer.getInteger("ste4j.fuzz.cases", DEFAULT_CASES);
  }

  /** Replacement values that no valid input has where they are put. */
  static final List<String> HOSTILE = List.of("\"x\"", "\"\"", "1e999", "-1e999", "NaN", "Infinity", "-Infinity",
      ".nan", ".inf", "-0", "0", "-1", "2147483647", "2147483648", "-2147483649", "9223372036854775808",
      "1" + "0".repeat(1999), "0." + "0".repeat(400) + "1", "1e-400", "null", "true", "[]", "{}", "[[]]",
      "[1, 2, 3]", "{\"a\": 1}", "\"\\u0000\"", "\"" + "z".repeat(5000) + "\"", "[".repeat(5000) + "]".repeat(5000),
      "{\"a\":".repeat(3000) + "1" + "}".repeat(3000), "[1e308, -1e308]", "\"3x\"", "\"1x0x2\"", "\"x8x8\"");

  /** One mutant of {@code valid} (UTF-8 text); the mutation is chosen and placed by {@code rng}. */
  public static byte[] mutate(String valid, Rng rng) {
    int kind = rng.nextInt(10);
    return switch (kind) {
      case 0 -> flipBits(valid.getBytes(StandardCharsets.UTF_8), rng);
      case 1 -> overwrite(valid.getBytes(StandardCharsets.UTF_8), rng);
      case 2 -> Arrays.copyOf(valid.getBytes(StandardCharsets.UTF_8), rng.nextInt(valid.length() + 1));
      case 3 -> utf8(lines(valid, rng));
      case 4, 5, 6 -> utf8(replaceValue(valid, rng));
      case 7 -> utf8(growArray(valid, rng));
      case 8 -> utf8(replaceValue(replaceValue(valid, rng), rng));
      default -> utf8(aliasBombOrDuplicateKey(valid, rng));
    };
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] flipBits(byte[] b, Rng rng) {
    for (int k = 1 + rng.nextInt(4); k > 0 && b.length > 0; k--) {
      b[rng.nextInt(b.length)] ^= (byte) (1 << rng.nextInt(8));
    }
    return b;
  }

  private static byte[] overwrite(byte[] b, Rng rng) {
    for (int k = 1 + rng.nextInt(4); k > 0 && b.length > 0; k--) {
      b[rng.nextInt(b.length)] = (byte) rng.nextInt(256);
    }
    return b;
  }

  /** Deletes, duplicates or swaps lines (a line may be duplicated many times). */
  private static String lines(String valid, Rng rng) {
    List<String> lines = new ArrayList<>(List.of(valid.split("\n", -1)));
    int i = rng.nextInt(lines.size());
    int j = rng.nextInt(lines.size());
    switch (rng.nextInt(3)) {
      case 0 -> lines.remove(i);
      case 1 -> {
        for (int k = rng.nextInt(4) == 0 ? 50 : 1; k > 0; k--) {
          lines.add(i, lines.get(i));
        }
      }
      default -> {
        String t = lines.get(i);
        lines.set(i, lines.get(j));
        lines.set(j, t);
      }
    }
    return String.join("\n", lines);
  }

  /** Replaces one value (number, string, literal, empty array) by a hostile one. */
  private static String replaceValue(String valid, Rng rng) {
    List<int[]> spans = spans(VALUE, valid);
    if (spans.isEmpty()) {
      return valid;
    }
    int[] s = spans.get(rng.nextInt(spans.size()));
    return valid.substring(0, s[0]) + HOSTILE.get(rng.nextInt(HOSTILE.size())) + valid.substring(s[1]);
  }

  /** Repeats the elements of one innermost array, so its length disagrees with whatever declared it. */
  private static String growArray(String valid, Rng rng) {
    List<int[]> spans = spans(ARRAY, valid);
    if (spans.isEmpty()) {
      return valid;
    }
    int[] s = spans.get(rng.nextInt(spans.size()));
    String inner = valid.substring(s[0] + 1, s[1] - 1);
    int times = rng.nextInt(3) == 0 ? 2000 : 2;
    String grown = String.join(", ", java.util.Collections.nCopies(times, inner));
    return valid.substring(0, s[0] + 1) + grown + valid.substring(s[1] - 1);
  }

  /** A YAML alias bomb (a billion laughs) or, for JSON, a key given twice. */
  private static String aliasBombOrDuplicateKey(String valid, Rng rng) {
    if (rng.nextInt(2) == 0) {
      StringBuilder bomb = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
      for (int k = 1; k < 9; k++) {
        bomb.append('a').append(k).append(": &a").append(k).append(" [");
        for (int r = 0; r < 10; r++) {
          bomb.append(r == 0 ? "" : ", ").append("*a").append(k - 1);
        }
        bomb.append("]\n");
      }
      return bomb + valid;
    }
    int brace = valid.indexOf('{');
    return brace < 0 ? valid + "\n" + valid : valid.substring(0, brace + 1) + "\"id\": 1, \"id\": 2, "
        + valid.substring(brace + 1);
  }

  private static List<int[]> spans(Pattern p, String s) {
    List<int[]> out = new ArrayList<>();
    Matcher m = p.matcher(s);
    while (m.find()) {
      out.add(new int[] {m.start(), m.end()});
    }
    return out;
  }
}
