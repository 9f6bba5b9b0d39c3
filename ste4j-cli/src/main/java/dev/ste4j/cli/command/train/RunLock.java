package dev.ste4j.cli.command.train;

import dev.ste4j.cli.UserError;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive OS lock on {@code run.lock} in a run folder, held by the {@code ste train} process that works in it
 * (a fresh run and every {@code --resume}), so that two processes never train into one folder.
 *
 * <p>It is a {@link FileChannel#tryLock()} lock: the operating system releases it when the process ends, however it
 * ends (SIGKILL included), so a killed run never leaves a stale lock behind and the file itself can stay.
 */
final class RunLock implements AutoCloseable {

  static final String FILE = "run.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private RunLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /** Locks the run folder, or fails with one line when another process (or this one) holds it. */
  static RunLock acquire(Path runDir) {
    Path file = runDir.resolve(FILE);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    } catch (IOException e) {
      throw new UserError("run folder " + runDir + ": cannot open " + FILE + ": " + e.getMessage(), e);
    }
    FileLock lock;
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException e) {
      lock = null; // held by this very JVM (another command run in-process)
    } catch (IOException e) {
      closeQuietly(channel);
      throw new UserError("run folder " + runDir + ": cannot lock " + FILE + ": " + e.getMessage(), e);
    }
    if (lock == null) {
      closeQuietly(channel);
      throw new UserError("run folder " + runDir + " is in use by another ste process");
    }
    return new RunLock(channel, lock);
  }

  @Override
  public void close() {
    try {
      lock.release();
    } catch (IOException e) {
      // Closing the channel below releases it as well.
    }
    closeQuietly(channel);
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException e) {
      // Nothing to keep: the process's exit releases the lock in any case.
    }
  }
}
