package dev.ste4j.cli.command;

import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.KernelSelection;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** What {@code ste --version} prints: ste4j version, JDK, active kernels and thread count. */
public final class VersionInfo implements IVersionProvider {

  /** The ste4j version from the build. */
  public static String version() {
    try (InputStream in = VersionInfo.class.getResourceAsStream("/dev/ste4j/cli/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      return p.getProperty("version", "unknown");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The JDK running ste4j. */
  public static String jdk() {
    return System.getProperty("java.vendor") + " " + Runtime.version() + " (" + System.getProperty("os.name") + " "
        + System.getProperty("os.arch") + ")";
  }

  private static String vectorWidth() {
    if (!"vector".equals(KernelSelection.selected().kernels().name())) {
      return "";
    }
    try {
      Object w = Class.forName("dev.ste4j.tensor.kernel.VectorKernels").getMethod("width").invoke(null);
      return ", " + w + " floats per vector";
    } catch (ReflectiveOperationException e) {
      return "";
    }
  }

  @Override
  public String[] getVersion() {
    return new String[] {
        "ste4j " + version(),
        "JDK: " + jdk(),
        "kernels: " + KernelSelection.selected().describe() + vectorWidth(),
        "bit-packed kernels: 64 values per long, XOR + popcount (" + BitKernels.describe() + ")",
        "threads: " + Parallel.threads(),
    };
  }
}
