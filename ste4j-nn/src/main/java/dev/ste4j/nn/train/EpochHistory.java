package dev.ste4j.nn.train;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Encodes the per-epoch figures of a run as text for its checkpoint, so a resumed run reports the whole history, not
 * only the epochs after the restart. One line per epoch of tab-separated fields; doubles are written exactly
 * (hexadecimal), maps as {@code name=value} pairs joined by '|'.
 */
final class EpochHistory {

  private EpochHistory() {}

  static String encode(List<EpochStats> history) {
    StringBuilder sb = new StringBuilder();
    for (EpochStats s : history) {
      sb.append(s.epoch()).append('\t').append(s.step()).append('\t').append(hex(s.trainLoss())).append('\t')
          .append(hex(s.trainAccuracy())).append('\t').append(hex(s.testLoss())).append('\t')
          .append(hex(s.testAccuracy())).append('\t').append(hex(s.rateFactor())).append('\t')
          .append(s.skippedBatches()).append('\t').append(hex(s.flipRatio())).append('\t')
          .append(map(s.flipRatios())).append('\t').append(hex(s.latentSaturation())).append('\t')
          .append(map(s.extra())).append('\t').append(hex(s.seconds())).append('\n');
    }
    return sb.toString();
  }

  static List<EpochStats> decode(String text) {
    List<EpochStats> out = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (line.isEmpty()) {
        continue;
      }
      String[] f = line.split("\t", -1);
      if (f.length != 13) {
        throw new IllegalArgumentException("epoch history line has " + f.length + " fields, expected 13: " + line);
      }
      out.add(new EpochStats(Integer.parseInt(f[0]), Long.parseLong(f[1]), num(f[2]), num(f[3]), num(f[4]),
          num(f[5]), num(f[6]), Integer.parseInt(f[7]), num(f[8]), unmap(f[9]), num(f[10]), unmap(f[11]),
          num(f[12])));
    }
    return out;
  }

  private static String hex(double v) {
    return Double.toHexString(v);
  }

  private static double num(String s) {
    return Double.parseDouble(s);
  }

  private static String map(Map<String, Double> m) {
    List<String> parts = new ArrayList<>();
    m.forEach((k, v) -> parts.add(k + "=" + hex(v)));
    return String.join("|", parts);
  }

  private static Map<String, Double> unmap(String s) {
    Map<String, Double> m = new LinkedHashMap<>();
    if (!s.isEmpty()) {
      for (String part : s.split("\\|")) {
        int eq = part.lastIndexOf('=');
        m.put(part.substring(0, eq), num(part.substring(eq + 1)));
      }
    }
    return m;
  }
}
