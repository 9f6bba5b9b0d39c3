package dev.ste4j.cli.report;

import dev.ste4j.tensor.kernel.KernelSelection;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The machine a run ran on, as recorded in run.json and the report header: enough to tell two runs' timings apart.
 *
 * @param cores          processors visible to the JVM
 * @param maxMemoryBytes the JVM's maximum heap ({@link Runtime#maxMemory()})
 * @param os             operating system name and version
 * @param arch           CPU architecture as the JVM names it
 * @param cpuModel       the CPU model from {@code /proc/cpuinfo}, or {@code "unknown"} where there is none
 * @param jdk            vendor and full version of the running JDK
 * @param kernels        the active kernel implementation and why it was chosen
 * @param threads        threads used by kernels ({@link Parallel#threads()})
 */
public record MachineInfo(int cores, long maxMemoryBytes, String os, String arch, String cpuModel, String jdk,
                          String kernels, int threads) {

  private static final Path CPUINFO = Path.of("/proc/cpuinfo");

  /** Describes the machine and JVM this code runs in, now (the thread count can change during a run). */
  public static MachineInfo current() {
    return new MachineInfo(
        Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory(),
        System.getProperty("os.name") + " " + System.getProperty("os.version"),
        System.getProperty("os.arch"),
        cpuModel(CPUINFO),
        System.getProperty("java.vendor") + " " + Runtime.version(),
        KernelSelection.selected().describe(),
        Parallel.threads());
  }

  /**
   * The CPU model named in a cpuinfo file: the first "model name" line (x86), else "Hardware" or "Processor" (some ARM
   * kernels); {@code "unknown"} when the file is missing or names none.
   */
  static String cpuModel(Path cpuinfo) {
    if (!Files.isReadable(cpuinfo)) {
      return "unknown";
    }
    List<String> lines;
    try {
      lines = Files.readAllLines(cpuinfo, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return "unknown";
    }
    for (String key : List.of("model name", "hardware", "processor")) {
      for (String line : lines) {
        int colon = line.indexOf(':');
        if (colon > 0 && line.substring(0, colon).trim().toLowerCase(Locale.ROOT).equals(key)) {
          String value = line.substring(colon + 1).trim();
          // On x86 "processor" is just the core index; only a name is worth reporting.
          if (!value.isEmpty() && !value.chars().allMatch(Character::isDigit)) {
            return value;
          }
        }
      }
    }
    return "unknown";
  }

  /** The fields in order, for JSON and the report header; memory also in a readable unit. */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("cpu", cpuModel);
    m.put("cores", cores);
    m.put("maxMemoryBytes", maxMemoryBytes);
    m.put("maxMemory", humanBytes(maxMemoryBytes));
    m.put("os", os);
    m.put("arch", arch);
    m.put("jdk", jdk);
    m.put("kernels", kernels);
    m.put("threads", threads);
    return m;
  }

  /** One line: CPU, cores, memory, OS, JDK. */
  public String describe() {
    return cpuModel + ", " + cores + " cores, " + humanBytes(maxMemoryBytes) + " max heap, " + os + " " + arch
        + ", JDK " + jdk;
  }

  /** Bytes in binary units with one decimal, e.g. {@code 3.9 GiB}. */
  static String humanBytes(long bytes) {
    if (bytes == Long.MAX_VALUE) {
      return "unlimited";
    }
    String[] units = {"B", "KiB", "MiB", "GiB", "TiB"};
    double v = bytes;
    int u = 0;
    while (v >= 1024 && u < units.length - 1) {
      v /= 1024;
      u++;
    }
    return u == 0 ? bytes + " B" : String.format(Locale.ROOT, "%.1f %s", v, units[u]);
  }
}
