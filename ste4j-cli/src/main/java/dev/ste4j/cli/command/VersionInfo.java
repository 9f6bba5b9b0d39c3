package dev.ste4j.cli.command;

import dev.ste4j.nn.export.onnx.OnnxExporter;
import dev.ste4j.tensor.kernel.KernelProvider;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.IVersionProvider;

/**
 * What {@code ste --version} prints: the ste4j version, the JDK, and every kernel choice with its reason, as
 * {@link KernelProvider} made them.
 */
public final class VersionInfo implements IVersionProvider {

  /** The ste4j version from the build: the one the library stamps into exported files. */
  public static String version() {
    return OnnxExporter.version();
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
