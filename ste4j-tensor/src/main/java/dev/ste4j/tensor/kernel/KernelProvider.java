package dev.ste4j.tensor.kernel;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The one place where the engine chooses how it computes, each choice with its reason: the float kernels
 * ({@link KernelSelection}: scalar or Vector API), the bit tiles of the XNOR-popcount GEMM (scalar POPCNT or the Vector
 * API's lane-wise bit count), the column XNOR loop (from {@code ste4j.xnor.columns}, else /proc/cpuinfo) and the
 * default thread count ({@code ste4j.threads}, {@code STE4J_THREADS}, else the processor count).
 *
 * <p>Kernels ask this class instead of deciding for themselves, and {@code ste --version} prints {@link #describe()}.
 * Like Lucene's vectorization provider, the vector classes are loaded by name so that they link only when chosen.
 * Every choice computes exact or bitwise-repeatable results; the choices change speed, not results (the bit tiles
 * and the column loop count exact integers; the float kernels are each bitwise repeatable on their own).
 */
public final class KernelProvider {

  /** One choice: what is in use, and why. */
  public record Choice(String value, String reason) {
    @Override
    public String toString() {
      return value + " (" + reason + ")";
    }
  }

  private static final Choice DEFAULT_THREADS = defaultThreadChoice();
  private static final CpuCaches CACHES = CpuCaches.detect();
  private static final BitTiles VECTOR_TILES = loadTiles("VectorBitTiles");
  /** Where the vector tiles are missing: scalar counts with vector packing, or null without the Vector API. */
  private static final BitTiles PACKING_TILES = VECTOR_TILES == null ? loadTiles("VectorPackingTiles") : null;
  private static final Choice COLUMNS = columnChoice();
  private static final boolean COLUMNS_ON = COLUMNS.value().equals("on");

  private KernelProvider() {}

  /** The float kernels in use (chosen once, on first use; {@link KernelSelection#force} changes them). */
  public static Kernels kernels() {
    return KernelSelection.selected().kernels();
  }

  /** The float kernels with their vector width and the reason they were chosen. */
  public static Choice floatKernels() {
    KernelSelection s = KernelSelection.selected();
    int width = s.kernels().floatsPerVector();
    return new Choice(s.kernels().describe() + (width > 1 ? ", " + width + " floats per vector" : ""), s.reason());
  }

  /**
   * The bit tiles in use: with the vector kernels, the vector tiles where the JDK has a vector bit count, else the
   * scalar counts with vector packing; with the scalar kernels, the scalar tiles.
   */
  static BitTiles tiles() {
    if (!"vector".equals(kernels().name())) {
      return ScalarBitTiles.INSTANCE;
    }
    return VECTOR_TILES != null ? VECTOR_TILES : PACKING_TILES != null ? PACKING_TILES : ScalarBitTiles.INSTANCE;
  }

  /** Whether the tiles in use count with scalar POPCNT (the scalar tiles, with or without vector packing). */
  static boolean scalarCounts() {
    return tiles() != VECTOR_TILES;
  }

  /** The bit tiles in use and why. */
  public static Choice bitTiles() {
    boolean vector = "vector".equals(kernels().name());
    String reason = !vector ? "the scalar float kernels are selected"
        : VECTOR_TILES != null ? "vector kernels selected and this JDK's Vector API has a lane-wise bit count"
        : PACKING_TILES != null ? "this JDK's Vector API has no lane-wise bit count (JDK 19 and later have one): "
            + "scalar counts, vector packing"
        : "this JDK's Vector API has no lane-wise bit count; JDK 19 and later have one";
    return new Choice(tiles().name(), reason);
  }

  /**
   * Whether the XNOR GEMM may run by columns ({@link ColumnXnor}): only where the JIT vectorizes Integer.bitCount, and
   * only with the scalar tiles (the vector tiles are faster).
   */
  static boolean columnXnor() {
    return COLUMNS_ON && scalarCounts();
  }

  /**
   * Whether the binary convolution gathers its patches by columns for {@link BitTiles#columns}: by default with the
   * vector tiles (the exported bnn-vgg-small 705 → 1,228 samples/s on JDK 25, an Emerald Rapids Xeon), not with the
   * scalar ones (JDK 17: 522 → 427 samples/s; the column loop over 64–1024 positions loses to the
   * POPCNT row tiles there); {@code ste4j.conv.columns} overrides.
   */
  static boolean convByColumns() {
    String property = System.getProperty("ste4j.conv.columns");
    return property != null ? Boolean.parseBoolean(property) : !scalarCounts();
  }

  /** The column XNOR setting ({@code on} or {@code off}) and why; it applies only while the scalar tiles run. */
  public static Choice columnXnorChoice() {
    return COLUMNS;
  }

  /** The threads kernels use now, and where the count came from. */
  public static Choice threads() {
    String now = Integer.toString(Parallel.threads());
    return now.equals(DEFAULT_THREADS.value()) ? DEFAULT_THREADS : new Choice(now, "set for this run");
  }

  /** The thread count kernels start with: {@code ste4j.threads}, else {@code STE4J_THREADS}, else the processors. */
  static int defaultThreads() {
    return Integer.parseInt(DEFAULT_THREADS.value());
  }

  /** The lines {@code ste --version} prints after the version and the JDK: every choice with its reason. */
  public static List<String> describe() {
    return List.of(
        "kernels: " + floatKernels(),
        "caches: " + CACHES,
        "bit-packed kernels: 64 values per long, XOR + popcount: " + bitTileDescription() + " (" + bitTiles().reason()
            + ")",
        "column XNOR: " + COLUMNS + (COLUMNS_ON && !columnXnor() ? ", unused: the vector tiles are faster" : ""),
        "binary convolution: " + (convByColumns() ? "patches by columns, 4 rows × 2 vectors of counts"
            : "patches by rows through the tiles") + (System.getProperty("ste4j.conv.columns") != null
            ? " (ste4j.conv.columns)" : convByColumns() ? " (vector tiles)" : " (scalar tiles: rows measured faster)"),
        "threads: " + threads());
  }

  /** How the popcounts are computed now: the tiles, and the column loop where it takes over large products. */
  static String bitTileDescription() {
    BitTiles t = tiles();
    return columnXnor()
        ? "JIT-vectorized Integer.bitCount by columns (AVX-512 VPOPCNTDQ), " + t.name() + " for small products"
        : t.name();
  }

  private static Choice defaultThreadChoice() {
    String property = System.getProperty("ste4j.threads");
    String source = "ste4j.threads";
    if (property == null || property.isBlank()) {
      property = System.getenv("STE4J_THREADS");
      source = "STE4J_THREADS";
    }
    int processors = Runtime.getRuntime().availableProcessors();
    if (property != null && !property.isBlank()) {
      try {
        int n = Integer.parseInt(property.trim());
        if (n >= 1) {
          return new Choice(Integer.toString(n), source + "=" + property.trim());
        }
      } catch (NumberFormatException ignored) {
        // fall through to the processor count; the CLI validates --threads itself
      }
      return new Choice(Integer.toString(processors),
          "the processor count; " + source + "=" + property.trim() + " is not a positive integer");
    }
    return new Choice(Integer.toString(processors), "the processor count");
  }

  /** A Vector API tile class by name (so the scalar path needs no incubator module), or null where it cannot be had. */
  private static BitTiles loadTiles(String simpleName) {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return null;
    }
    try {
      return (BitTiles) Class.forName("dev.ste4j.tensor.kernel." + simpleName).getDeclaredMethod("create")
          .invoke(null);
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** On where the JIT vectorizes Integer.bitCount: a CPU flag on Linux, unless {@code ste4j.xnor.columns} says. */
  private static Choice columnChoice() {
    String property = System.getProperty("ste4j.xnor.columns");
    if (property != null) {
      return new Choice(Boolean.parseBoolean(property) ? "on" : "off", "ste4j.xnor.columns=" + property);
    }
    Path cpuinfo = Path.of("/proc/cpuinfo");
    try {
      if (!Files.isReadable(cpuinfo)) {
        return new Choice("off", "no /proc/cpuinfo to show AVX-512 VPOPCNTDQ");
      }
      // Without the flag C2 emits one scalar POPCNT per int and the loop is slower than the tiles.
      return Files.readString(cpuinfo).contains(" avx512_vpopcntdq")
          ? new Choice("on", "/proc/cpuinfo shows AVX-512 VPOPCNTDQ")
          : new Choice("off", "/proc/cpuinfo shows no AVX-512 VPOPCNTDQ");
    } catch (IOException | RuntimeException e) {
      return new Choice("off", "/proc/cpuinfo unreadable");
    }
  }
}
