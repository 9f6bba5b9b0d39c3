package dev.ste4j.tensor.kernel;

import java.util.Locale;

/**
 * Chooses the kernel implementation once and remembers why.
 *
 * <p>The choice comes from the system property {@code ste4j.kernels} or the environment variable
 * {@code STE4J_KERNELS} ({@code auto}, {@code scalar} or {@code vector}; default {@code auto}). {@code auto} takes the
 * Vector API implementation when the JVM was started with {@code --add-modules jdk.incubator.vector} and falls back to
 * the scalar one otherwise, saying so. The vector class is loaded by name so that it links only when chosen.
 */
public record KernelSelection(Kernels kernels, String reason) {

  private static final String VECTOR_CLASS = "dev.ste4j.tensor.kernel.VectorKernels";

  private static volatile KernelSelection selected;

  /** The selection in force, made on first call. */
  public static KernelSelection selected() {
    KernelSelection s = selected;
    if (s == null) {
      synchronized (KernelSelection.class) {
        if (selected == null) {
          selected = choose(requested());
        }
        s = selected;
      }
    }
    return s;
  }

  /** Forces an implementation ({@code scalar}, {@code vector} or {@code auto}); for tests, benchmarks and the CLI. */
  public static synchronized KernelSelection force(String name) {
    selected = choose(name);
    return selected;
  }

  static String requested() {
    String p = System.getProperty("ste4j.kernels");
    if (p == null || p.isBlank()) {
      p = System.getenv("STE4J_KERNELS");
    }
    return p == null || p.isBlank() ? "auto" : p.trim().toLowerCase(Locale.ROOT);
  }

  static KernelSelection choose(String name) {
    switch (name) {
      case "scalar":
        return new KernelSelection(new ScalarKernels(), "requested explicitly");
      case "vector": {
        Kernels v = loadVector();
        if (v == null) {
          throw new IllegalStateException(
              "ste4j.kernels=vector, but the Vector API is unavailable: start the JVM with --add-modules jdk.incubator.vector");
        }
        return new KernelSelection(v, "requested explicitly");
      }
      case "auto": {
        Kernels v = loadVector();
        return v != null
            ? new KernelSelection(v, "Vector API available: incubator module jdk.incubator.vector in use")
            : new KernelSelection(new ScalarKernels(),
                "Vector API unavailable (pass --add-modules jdk.incubator.vector); using scalar");
      }
      default:
        throw new IllegalArgumentException(
            "unknown kernel implementation '" + name + "' (ste4j.kernels): expected auto, scalar or vector");
    }
  }

  private static Kernels loadVector() {
    if (ModuleLayer.boot().findModule("jdk.incubator.vector").isEmpty()) {
      return null;
    }
    try {
      return (Kernels) Class.forName(VECTOR_CLASS).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      return null;
    }
  }

  /** One line for {@code ste --version}: name, vector width and reason. */
  public String describe() {
    return kernels.describe() + " (" + reason + ")";
  }
}
