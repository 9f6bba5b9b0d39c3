package dev.ste4j.cli.report;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes files so that a reader sees either the old content or the complete new content, never a partial file.
 *
 * <p>Each write goes to a hidden temporary file in the target's directory ({@code .name.<random>.tmp}), is forced to
 * disk, and is then moved over the target with an atomic rename. If anything fails the temporary file is deleted and
 * the target is left as it was. The directory itself is synced after the rename where the platform allows it (Linux
 * does; Windows cannot open a directory, and there the rename is durable enough).
 */
public final class AtomicFiles {

  /** Suffix of in-flight temporary files; {@link #deleteTemporaryFiles(Path)} sweeps them. */
  static final String TEMP_SUFFIX = ".tmp";

  /** Something that writes a file's whole content to a stream. */
  @FunctionalInterface
  public interface Writer {
    void writeTo(OutputStream out) throws IOException;
  }

  private AtomicFiles() {}

  /** Atomically replaces {@code target} with the given bytes. */
  public static void write(Path target, byte[] content) throws IOException {
    write(target, out -> out.write(content));
  }

  /** Atomically replaces {@code target} with the given text in UTF-8. */
  public static void writeString(Path target, String content) throws IOException {
    write(target, content.getBytes(StandardCharsets.UTF_8));
  }

  /** Atomically replaces {@code target} with what the writer produces; on any failure the target is untouched. */
  public static void write(Path target, Writer writer) throws IOException {
    Path dir = target.toAbsolutePath().getParent();
    Files.createDirectories(dir);
    Path temp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
        + TEMP_SUFFIX);
    try {
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
        OutputStream out = Channels.newOutputStream(channel);
        writer.writeTo(out);
        out.flush();
        channel.force(true);
      }
      try {
        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same directory, so this only happens on exotic file systems; a plain replace is the best they offer.
        Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException | RuntimeException | Error e) {
      Files.deleteIfExists(temp);
      throw e;
    }
    syncDirectory(dir);
  }

  /** Deletes temporary files that an interrupted write left in {@code dir} (not in subdirectories). */
  public static int deleteTemporaryFiles(Path dir) throws IOException {
    int deleted = 0;
    try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "." + "*" + TEMP_SUFFIX)) {
      for (Path f : files) {
        if (Files.isRegularFile(f) && Files.deleteIfExists(f)) {
          deleted++;
        }
      }
    }
    return deleted;
  }

  private static void syncDirectory(Path dir) {
    try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
      channel.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Not every platform can open or sync a directory; the file itself is already on disk.
    }
  }
}
