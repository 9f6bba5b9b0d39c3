package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DataSource;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The data folder (cache) and the fetching of datasets into it.
 *
 * <p>The folder is, in order of precedence: the one given to the constructor (the CLI's {@code --data-dir}); the
 * system property {@code ste4j.data.dir}; the environment variable {@code STE4J_DATA_DIR}; {@code ~/.ste4j/data}. A
 * dataset's files are found in {@code <folder>/<dataset>/} (where fetching puts them), its other usual sub-folders
 * (e.g. {@code cifar-10-batches-bin}) or the folder itself, so a folder of downloaded files can be passed directly.
 *
 * <p>{@link #load} fetches a dataset that is not there, unless fetching is off: by {@link #withFetching withFetching(false)} (the
 * CLI's {@code --no-fetch}), the system property {@code ste4j.offline=true} or the environment variable
 * {@code STE4J_OFFLINE=1}. Progress lines, and where the files came from, go to the store's progress consumer
 * (standard error unless {@link #withProgress} says otherwise).
 *
 * <p>Fetching tries, in order: (1) the files already there; (2) the data mirror, when {@code ste4j.data.mirror} or
 * {@code STE4J_DATA_MIRROR} names one ({@link FolderSource}); (3) each of the dataset's {@link DatasetSpec#sources()}.
 * Each source works in a scratch folder inside the data folder; its standard files are picked out, loaded with the
 * checking readers, and only then moved into {@code <folder>/<dataset>/} by atomic renames. A source that fails, or
 * delivers files that do not load, leaves nothing behind and the next source is tried. A fetch that was killed leaves
 * its scratch folder; the next fetch or load removes it ({@link FetchScratch}: scratch folders are locked while in use).
 */
public final class DataStore {

  private final Path root;
  private final boolean fetching;
  private final Consumer<String> progress;

  /** The store in {@code root}; it fetches missing datasets unless the environment switches fetching off. */
  public DataStore(Path root) {
    this(root, !offlineByEnvironment(), System.err::println);
  }

  private DataStore(Path root, boolean fetching, Consumer<String> progress) {
    this.root = root.toAbsolutePath().normalize();
    this.fetching = fetching;
    this.progress = progress;
  }

  /**
   * Whether {@code ste4j.offline} (when set, it decides) or else {@code STE4J_OFFLINE} switches fetching off; any value
   * but empty, {@code 0} and {@code false} does.
   */
  public static boolean offlineByEnvironment() {
    String p = System.getProperty("ste4j.offline");
    String v = p != null ? p : System.getenv("STE4J_OFFLINE");
    return v != null && !v.isBlank() && !v.strip().equals("0") && !v.strip().equalsIgnoreCase("false");
  }

  /**
   * The same folder, fetching missing datasets or not, whatever the environment says; without fetching a missing
   * dataset is a {@link DatasetUnavailableException}.
   */
  public DataStore withFetching(boolean on) {
    return new DataStore(root, on, progress);
  }

  /** The same folder and fetch setting, with progress lines going to {@code lines}. */
  public DataStore withProgress(Consumer<String> lines) {
    return new DataStore(root, fetching, lines);
  }

  /** Whether {@link #load} fetches a missing dataset. */
  public boolean fetchesMissing() {
    return fetching;
  }

  /** The data folder from {@code ste4j.data.dir}, {@code STE4J_DATA_DIR} or {@code ~/.ste4j/data}. */
  public static Path defaultRoot() {
    String p = System.getProperty("ste4j.data.dir");
    if (p != null && !p.isBlank()) {
      return Path.of(p);
    }
    String e = System.getenv("STE4J_DATA_DIR");
    if (e != null && !e.isBlank()) {
      return Path.of(e);
    }
    return Path.of(System.getProperty("user.home"), ".ste4j", "data");
  }

  /** The store in {@link #defaultRoot()}. */
  public static DataStore standard() {
    return new DataStore(defaultRoot());
  }

  public Path root() {
    return root;
  }

  /** The folders searched for a dataset, in order. */
  public List<Path> candidates(DatasetSpec spec) {
    List<Path> dirs = new ArrayList<>();
    for (String sub : spec.folderNames()) {
      dirs.add(root.resolve(sub));
    }
    dirs.add(root);
    return dirs;
  }

  /** The first candidate folder holding every standard file of the dataset. */
  public Optional<Path> locate(DatasetSpec spec) {
    for (Path dir : candidates(spec)) {
      if (spec.fileNames().stream().allMatch(n -> StandardFiles.find(dir, n).isPresent())) {
        return Optional.of(dir);
      }
    }
    return Optional.empty();
  }

  /** The dataset's files as found in a folder (each standard file in whichever variant is there). */
  public List<Path> filesIn(DatasetSpec spec, Path dir) {
    List<Path> files = new ArrayList<>();
    for (String name : spec.fileNames()) {
      StandardFiles.find(dir, name).ifPresent(files::add);
    }
    return files;
  }

  /**
   * Loads the dataset from this folder, fetching it first when it is not here and fetching is on.
   *
   * @throws DatasetUnavailableException when it is not here and fetching is off or every source failed; the message
   *     says where it looked, what was tried and how to get the files by hand
   */
  public TrainTest load(DatasetSpec spec) throws IOException {
    FetchScratch.removeStale(root);
    Optional<Path> dir = locate(spec);
    if (dir.isPresent()) {
      return spec.load(dir.get());
    }
    String absent = spec.name() + " is not in " + root + " (looked in " + candidates(spec) + " for "
        + String.join(", ", spec.fileNames()) + ")";
    if (!fetching) {
      throw new DatasetUnavailableException(absent + " and fetching is off (--no-fetch, ste4j.offline or "
          + "STE4J_OFFLINE): allow fetching, or run 'ste data fetch " + spec.name() + "' where it is allowed, or "
          + spec.howToGet());
    }
    progress.accept(absent + "; fetching it (--no-fetch or STE4J_OFFLINE=1 turns this off)");
    FetchReport report = fetch(spec, progress);
    FetchReport.Attempt last = report.attempts().get(report.attempts().size() - 1);
    progress.accept(spec.name() + ": fetched from " + last.source() + " into " + report.folder());
    return spec.load(locate(spec).orElseThrow(() -> new DatasetUnavailableException(
        spec.name() + " was fetched into " + report.folder() + " but is not found there")));
  }

  /**
   * Fetches from the data mirror, if one is set, then the dataset's own sources; see
   * {@link #fetch(DatasetSpec, List, Consumer)}.
   */
  public FetchReport fetch(DatasetSpec spec, Consumer<String> log) throws IOException {
    List<DataSource> sources = new ArrayList<>();
    FolderSource.configuredMirror().ifPresent(m -> sources.add(new FolderSource(m, spec)));
    sources.addAll(spec.sources());
    return fetch(spec, sources, log);
  }

  /**
   * Makes sure the dataset is here: checks the files already present by loading them, else tries each source in
   * order until one delivers files that load. When fetching is off, no source is tried.
   *
   * @throws DatasetUnavailableException when every source failed; the message lists each failure and the manual way
   */
  public FetchReport fetch(DatasetSpec spec, List<DataSource> sources, Consumer<String> log) throws IOException {
    FetchScratch.removeStale(root);
    List<FetchReport.Attempt> attempts = new ArrayList<>();
    Optional<Path> present = locate(spec);
    if (present.isPresent()) {
      long t0 = System.nanoTime();
      try {
        TrainTest data = spec.load(present.get());
        attempts.add(new FetchReport.Attempt("data folder " + present.get(), true, "files present and readable",
            Duration.ofNanos(System.nanoTime() - t0)));
        return new FetchReport(spec.name(), present.get(), true, attempts, data.train().size(), data.test().size());
      } catch (DataFileException e) {
        // A damaged copy: say so and fetch a fresh one, which replaces it when it lives in <root>/<dataset>.
        log.accept("files in " + present.get() + " do not load: " + e.getMessage());
        attempts.add(new FetchReport.Attempt("data folder " + present.get(), false, e.getMessage(),
            Duration.ofNanos(System.nanoTime() - t0)));
      }
    }
    if (!fetching) {
      throw new DatasetUnavailableException(spec.name() + (present.isPresent() ? " does not load from " : " is not in ")
          + root + " and fetching is off (--no-fetch, ste4j.offline or STE4J_OFFLINE): " + spec.howToGet());
    }
    for (DataSource source : sources) {
      long t0 = System.nanoTime();
      log.accept(spec.name() + ": trying " + source.describe());
      try {
        TrainTest data = fetchFrom(spec, source, log);
        Path dir = root.resolve(spec.folderNames().get(0));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        attempts.add(new FetchReport.Attempt(source.describe(), true, "files checked and stored in " + dir, took));
        log.accept(spec.name() + ": " + source.describe() + " worked (" + took.toMillis() / 1000.0 + " s)");
        return new FetchReport(spec.name(), dir, false, attempts, data.train().size(), data.test().size());
      } catch (IOException e) {
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        attempts.add(new FetchReport.Attempt(source.describe(), false, e.getMessage(), took));
        log.accept(spec.name() + ": " + source.describe() + " failed: " + e.getMessage());
      }
    }
    StringBuilder msg = new StringBuilder(spec.name() + " could not be fetched into " + root + ": ");
    if (attempts.isEmpty()) {
      msg.append("it has no source to fetch from; ");
    }
    for (FetchReport.Attempt a : attempts) {
      msg.append(a.source()).append(" failed (").append(a.detail()).append("); ");
    }
    throw new DatasetUnavailableException(msg.append(spec.howToGet()).toString());
  }

  /** One source: scratch → pick standard files → load them → atomic moves into place. Cleans up in every case. */
  private TrainTest fetchFrom(DatasetSpec spec, DataSource source, Consumer<String> log) throws IOException {
    Files.createDirectories(root);
    try (FetchScratch scratchFolder = FetchScratch.create(root, spec.name())) {
      Path work = scratchFolder.dir();
      Path scratch = Files.createDirectory(work.resolve("scratch"));
      Path staging = Files.createDirectory(work.resolve("staging"));
      source.fetch(scratch, log);
      List<Path> staged = new ArrayList<>();
      for (String name : spec.fileNames()) {
        Path found = StandardFiles.findBelow(scratch, name).orElseThrow(() -> new IOException(
            "it delivered no file named " + String.join(" or ", StandardFiles.variants(name))));
        Path dst = staging.resolve(found.getFileName().toString());
        Files.move(found, dst);
        staged.add(dst);
      }
      TrainTest data = spec.load(staging);
      Path dir = Files.createDirectories(root.resolve(spec.folderNames().get(0)));
      for (Path file : staged) {
        install(file, dir, spec);
      }
      return data;
    }
  }

  /** Moves a checked file into place atomically and removes other variants of the same standard file. */
  private static void install(Path file, Path dir, DatasetSpec spec) throws IOException {
    String fileName = file.getFileName().toString();
    Path target = dir.resolve(fileName);
    try {
      Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (AtomicMoveNotSupportedException e) {
      Files.move(file, target, StandardCopyOption.REPLACE_EXISTING);
    }
    for (String name : spec.fileNames()) {
      List<String> variants = StandardFiles.variants(name);
      if (variants.contains(fileName)) {
        for (String other : variants) {
          if (!other.equals(fileName)) {
            Files.deleteIfExists(dir.resolve(other));
          }
        }
      }
    }
  }
}
