package dev.ste4j.nn.data.fetch;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A dataset shipped inside a Debian package, e.g. Fashion-MNIST in {@code dataset-fashion-mnist} or the scikit-learn
 * digits in {@code python3-sklearn}. Runs {@code apt-get download <package>} (fetches the {@code .deb} without
 * installing it) and {@code dpkg -x} to unpack it in the scratch folder; neither needs root. When apt does not know
 * the package, its package lists are probably empty: the error says to run {@code apt-get update}.
 *
 * @param packageName the Debian package, e.g. {@code dataset-fashion-mnist}
 */
public record DebianPackageSource(String packageName) implements DataSource {

  @Override
  public String describe() {
    return "Debian package " + packageName;
  }

  @Override
  public void fetch(Path scratch, Consumer<String> log) throws IOException {
    log.accept("apt-get download " + packageName);
    try {
      ExternalCommand.run(List.of("apt-get", "download", packageName), scratch);
    } catch (IOException e) {
      String hint = e.getMessage().contains("Unable to locate package")
          ? " (run 'apt-get update' first so that apt knows the package)"
          : "";
      throw new IOException(e.getMessage() + hint, e);
    }
    Path deb = ExternalCommand.leftFile(scratch, ".deb", "apt-get download " + packageName);
    log.accept("dpkg -x " + deb.getFileName());
    ExternalCommand.run(List.of("dpkg", "-x", deb.toAbsolutePath().toString(), "extracted"), scratch);
  }

  @Override
  public String toString() {
    return describe();
  }
}
