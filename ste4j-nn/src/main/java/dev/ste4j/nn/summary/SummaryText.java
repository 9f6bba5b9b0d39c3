package dev.ste4j.nn.summary;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/** Renders a {@link ModelSummary} as a text table with one column per bit width present. */
final class SummaryText {

  private SummaryText() {}

  static String render(ModelSummary s, int[] inputShape) {
    TreeSet<Integer> paramBits = new TreeSet<>(s.paramsByBits().keySet());
    TreeSet<Integer> macBits = new TreeSet<>(s.macsByBits().keySet());
    List<String> header = new ArrayList<>(List.of("layer", "type", "in bits", "output shape"));
    paramBits.forEach(b -> header.add("params " + b + "-bit"));
    header.add("memory KiB");
    macBits.forEach(b -> header.add("MACs " + b + "-bit"));
    List<List<String>> table = new ArrayList<>();
    table.add(header);
    for (LayerRow r : s.rows()) {
      List<String> line = new ArrayList<>();
      line.add(r.path());
      line.add(shortName(r.layer()));
      line.add(r.inputPrecision() == 0 ? "-" : Integer.toString(r.inputPrecision()));
      line.add(Arrays.toString(r.outputShape()));
      paramBits.forEach(b -> line.add(count(r.paramsByBits().getOrDefault(b, 0L))));
      line.add(r.memoryBits() == 0 ? "0" : String.format(Locale.ROOT, "%.2f", r.memoryBits() / 8.0 / 1024));
      macBits.forEach(b -> line.add(count(r.macsByBits().getOrDefault(b, 0L))));
      table.add(line);
    }
    List<String> total = new ArrayList<>(List.of("total", "", "", ""));
    paramBits.forEach(b -> total.add(count(s.paramsByBits().get(b))));
    total.add(String.format(Locale.ROOT, "%.2f", s.memoryBytes() / 1024.0));
    macBits.forEach(b -> total.add(count(s.macsByBits().get(b))));
    table.add(total);
    StringBuilder sb = new StringBuilder();
    sb.append("Model: ").append(s.name()).append(" (input ").append(Arrays.toString(inputShape)).append(")\n");
    int[] widths = new int[header.size()];
    for (List<String> line : table) {
      for (int i = 0; i < line.size(); i++) {
        widths[i] = Math.max(widths[i], line.get(i).length());
      }
    }
    for (int li = 0; li < table.size(); li++) {
      if (li == 1 || li == table.size() - 1) {
        sb.append(rule(widths)).append('\n');
      }
      List<String> line = table.get(li);
      StringBuilder l = new StringBuilder();
      for (int i = 0; i < line.size(); i++) {
        String cell = line.get(i);
        // Text columns align left, numbers right.
        l.append(i < 2 ? pad(cell, widths[i], false) : pad(cell, widths[i], true)).append(i + 1 < line.size() ? "  " : "");
      }
      sb.append(l.toString().stripTrailing()).append('\n');
    }
    sb.append('\n');
    sb.append("Total parameters: ").append(count(s.totalParams()));
    s.paramsByBits().forEach((b, n) -> sb.append(", ").append(b).append("-bit ").append(count(n)));
    sb.append('\n');
    sb.append(String.format(Locale.ROOT, "Memory (estimate): %s bytes (%.2f KiB)%n", count(s.memoryBytes()),
        s.memoryBytes() / 1024.0));
    sb.append(String.format(Locale.ROOT, "Float-32 equivalent: %s bytes (%.2f KiB)%n", count(s.float32Bytes()),
        s.float32Bytes() / 1024.0));
    sb.append(String.format(Locale.ROOT, "Compression ratio: %.2f%n", s.compressionRatio()));
    sb.append("MACs per sample:");
    s.macsByBits().forEach((b, n) -> sb.append(' ').append(b).append("-bit ").append(count(n)));
    sb.append('\n');
    if (s.exportedBytes() >= 0) {
      sb.append(String.format(Locale.ROOT, "Exported model (measured): %s bytes (%.2f KiB), %.3f× the estimate%n",
          count(s.exportedBytes()), s.exportedBytes() / 1024.0, (double) s.exportedBytes() / s.memoryBytes()));
    }
    s.formatBytes().forEach((format, bytes) -> sb.append(String.format(Locale.ROOT,
        "%s export (measured): %s bytes (%.2f KiB), %.3f× the estimate%n", format, count(bytes), bytes / 1024.0,
        (double) bytes / s.memoryBytes())));
    return sb.toString();
  }

  /** The layer's type: its description up to the configuration in parentheses. */
  private static String shortName(String layer) {
    int paren = layer.indexOf('(');
    return paren < 0 ? layer : layer.substring(0, paren);
  }

  private static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String pad(String s, int w, boolean right) {
    String fill = " ".repeat(Math.max(0, w - s.length()));
    return right ? fill + s : s + fill;
  }

  private static String rule(int[] widths) {
    int total = 0;
    for (int w : widths) {
      total += w + 2;
    }
    return "-".repeat(total - 2);
  }
}
