package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.fetch.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A dataset copied from a local folder laid out like a data folder — a lab's shared copy, a mounted drive — named by
 * {@code ste4j.data.mirror} or {@code STE4J_DATA_MIRROR}. Its files are looked for where {@link DataStore} would look
 * for them ({@code <mirror>/<dataset>/} and the other usual sub-folders, then the mirror itself), and copied, never
 * moved: the mirror stays as it was.
 */
public final class FolderSource implements DataSource {

  private final Path mirror;
  private final DatasetSpec spec;

  public FolderSource(Path mirror, DatasetSpec spec) {
    this.mirror = mirror.toAbsolutePath().normalize();
    this.spec = spec;
  }

  /** The mirror folder set by {@code ste4j.data.mirror}, else {@code STE4J_DATA_MIRROR}, if any. */
  public static Optional<Path> configuredMirror() {
    String p = System.getProperty("ste4j.data.mirror");
    if (p == null || p.isBlank()) {
      p = System.getenv("STE4J_DATA_MIRROR");
    }
    return p == null || p.isBlank() ? Optional.empty() : Optional.of(Path.of(p));
  }

  @Override
  public String describe() {
    return "data mirror " + mirror;
  }

  @Override
  public void fetch(Path scratch, Consumer<String> log) throws IOException {
    if (!Files.isDirectory(mirror)) {
      throw new IOException(mirror + " is not a folder");
    }
    // The mirror is laid out like a data folder, so the store's own search finds the files; it never fetches.
    DataStore layout = new DataStore(mirror).withFetching(false);
    Path folder = layout.locate(spec).orElseThrow(() -> new IOException("it holds no complete copy of " + spec.name()
        + " (looked in " + layout.candidates(spec) + ")"));
    List<Path> files = layout.filesIn(spec, folder);
    for (Path f : files) {
      Files.copy(f, scratch.resolve(f.getFileName().toString()));
    }
    log.accept("copied " + files.size() + " files from " + folder);
  }

  @Override
  public String toString() {
    return describe();
  }
}
