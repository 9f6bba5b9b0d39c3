package dev.ste4j.tensor.kernel;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * The data-cache sizes of the CPU the JVM runs on, per core for L1 and L2, as Linux describes cpu0's caches under
 * {@code /sys/devices/system/cpu/cpu0/cache/index*} ({@code level}, {@code type}, {@code size} such as {@code 512K}).
 * Where that is not readable (another OS, a container without sysfs) the sizes are those of a common x86 core and
 * {@link #source()} says so. The GEMM's cache blocking is derived from these sizes ({@link GemmBlocking}).
 *
 * @param l1d    bytes of level-1 data cache
 * @param l2     bytes of level-2 cache
 * @param l3     bytes of level-3 cache (0 when there is none)
 * @param source where the sizes came from
 */
public record CpuCaches(long l1d, long l2, long l3, String source) {

  private static final Path SYSFS = Path.of("/sys/devices/system/cpu/cpu0/cache");
  /** A common x86 core's caches: 32 KiB L1d, 1 MiB L2, no L3 assumed. */
  static final CpuCaches FALLBACK = new CpuCaches(32 << 10, 1 << 20, 0, "assumed");

  /** The caches of this machine, read once. */
  public static CpuCaches detect() {
    return read(SYSFS);
  }

  /** The caches described under {@code dir} (a sysfs cache folder); the fallback sizes where it is incomplete. */
  static CpuCaches read(Path dir) {
    long l1d = 0;
    long l2 = 0;
    long l3 = 0;
    for (int i = 0; i < 8; i++) {
      Path index = dir.resolve("index" + i);
      if (!Files.isDirectory(index)) {
        continue;
      }
      try {
        int level = Integer.parseInt(text(index.resolve("level")));
        String type = text(index.resolve("type"));
        long size = parseSize(text(index.resolve("size")));
        if (level == 1 && type.equals("Data")) {
          l1d = size;
        } else if (level == 2 && !type.equals("Instruction")) {
          l2 = size;
        } else if (level == 3 && !type.equals("Instruction")) {
          l3 = size;
        }
      } catch (IOException | RuntimeException e) {
        // An unreadable or odd entry: leave that level unknown.
      }
    }
    if (l1d <= 0 || l2 <= 0) {
      return FALLBACK;
    }
    return new CpuCaches(l1d, l2, l3, "sysfs");
  }

  /** {@code 48K}, {@code 2048K}, {@code 1M} or a plain byte count. */
  static long parseSize(String s) {
    String t = s.strip().toUpperCase(Locale.ROOT);
    long unit = 1;
    if (t.endsWith("K")) {
      unit = 1L << 10;
    } else if (t.endsWith("M")) {
      unit = 1L << 20;
    } else if (t.endsWith("G")) {
      unit = 1L << 30;
    }
    if (unit > 1) {
      t = t.substring(0, t.length() - 1);
    }
    return Long.parseLong(t) * unit;
  }

  private static String text(Path p) throws IOException {
    return Files.readString(p, StandardCharsets.US_ASCII).strip();
  }

  /** {@code L1d 32 KiB, L2 512 KiB, L3 16 MiB (sysfs)}. */
  @Override
  public String toString() {
    return "L1d " + kib(l1d) + ", L2 " + kib(l2) + (l3 > 0 ? ", L3 " + kib(l3) : "") + " (" + source + ")";
  }

  private static String kib(long bytes) {
    return bytes >= (1 << 20) && bytes % (1 << 20) == 0 ? (bytes >> 20) + " MiB" : (bytes >> 10) + " KiB";
  }
}
