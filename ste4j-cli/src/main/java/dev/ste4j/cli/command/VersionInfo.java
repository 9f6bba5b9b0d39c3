package dev.ste4j.cli.command;

import dev.ste4j.tensor.kernel.KernelProvider;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code ste --version} prints: the ste4j version, the JDK, and every kernel choice with its reason, as
 * {@link KernelProvider} made them.
 */
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

  @Override
  public String[] getVersion() {
    List<String> lines = new ArrayList<>(List.of("ste4j " + version(), "JDK: " + jdk()));
    lines.addAll(KernelProvider.describe());
    return lines.toArray(String[]::new);
  }
}
