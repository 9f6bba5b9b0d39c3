package dev.ste4j.nn.checkpoint;

import java.nio.file.Path;

/** A checkpoint file that cannot be used: unreadable, corrupt, truncated, of another version or another model. */
public final class CheckpointException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public CheckpointException(Path file, String problem) {
    super("checkpoint " + file + ": " + problem);
  }

  public CheckpointException(Path file, String problem, Throwable cause) {
    super("checkpoint " + file + ": " + problem, cause);
  }
}
