package dev.ste4j.nn.data.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A fetch's scratch folder, {@code <data folder>/.fetch-<dataset>-<random>/}, locked while the fetch runs.
 *
 * <p>The fetch holds an OS lock ({@link FileChannel#tryLock()}) on the folder's {@value #LOCK} file and deletes the
 * folder when it ends. A killed fetch cannot delete it, but its lock dies with the process, so {@link #removeStale}
 * (run before each fetch and load) can tell a leftover from a fetch still running in another process: a scratch
 * folder whose lock it can take is removed. One without a lock file (the owner was killed between making the folder
 * and the file, or is between the two right now) is removed only once it is {@link #GRACE} old.
 */
final class FetchScratch implements AutoCloseable {

  static final String PREFIX = ".fetch-";
  static final String LOCK = ".lock";
  /** Age after which a scratch folder without a lock file is a leftover: far more than making one file takes. */
  static final Duration GRACE = Duration.ofMinutes(10);

  private final Path dir;
  private final FileChannel channel;

  private FetchScratch(Path dir, FileChannel channel) {
    this.dir = dir;
    this.channel = channel;
  }

  /** Makes and locks a new scratch folder for {@code dataset} in {@code root}. */
  static FetchScratch create(Path root, String dataset) throws IOException {
    Path dir = Files.createTempDirectory(root, PREFIX + dataset + "-");
    FileChannel channel = null;
    try {
      channel = FileChannel.open(dir.resolve(LOCK), StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
      if (channel.tryLock() == null) {
        throw new IOException("cannot lock the new scratch folder " + dir);
      }
      return new FetchScratch(dir, channel);
    } catch (IOException | RuntimeException e) {
      if (channel != null) {
        channel.close();
      }
      deleteTree(dir);
      throw e;
    }
  }

  Path dir() {
    return dir;
  }

  /** Unlocks and deletes the folder (best effort: it runs in a {@code finally} and must not hide its exception). */
  @Override
  public void close() {
    try {
      channel.close();
    } catch (IOException e) {
      // The lock goes with the channel or with the process; deleting below does not need it.
    }
    deleteTree(dir);
  }

  /** Removes the scratch folders in {@code root} that no live fetch holds; best effort, never fails. */
  static void removeStale(Path root) {
    if (!Files.isDirectory(root)) {
      return;
    }
    try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, PREFIX + "*")) {
      for (Path dir : dirs) {
        if (Files.isDirectory(dir) && isStale(dir)) {
          deleteTree(dir);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // A folder we cannot list or clean is left as it is; leftovers are never mistaken for data.
    }
  }

  private static boolean isStale(Path dir) throws IOException {
    Path lockFile = dir.resolve(LOCK);
    if (!Files.exists(lockFile)) {
      Instant made = Files.getLastModifiedTime(dir).toInstant();
      return made.plus(GRACE).isBefore(Instant.now());
    }
    try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = ch.tryLock();
      return lock != null; // closing the channel releases it
    } catch (OverlappingFileLockException e) {
      return false; // a fetch of this very JVM holds it
    } catch (NoSuchFileException e) {
      return false; // its owner finished and removed it just now
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException | UncheckedIOException e) {
      // Leave it: see close().
    }
  }
}
