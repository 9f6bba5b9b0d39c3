package dev.ste4j.nn.export;

import java.nio.file.Path;

/**
 * The one exception of the exported-model loader: the file is not a valid model for this use (bad magic, unsupported
 * version, truncated or oversized record, inconsistent sizes, another model than expected). The message names the file
 * and the problem; it is an {@link IllegalArgumentException} so that the CLI reports it as bad input (exit code 2).
 */
public final class ModelFileException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;
  private final transient Path file;

  public ModelFileException(Path file, String problem) {
    super(file + ": " + problem);
    this.file = file;
  }

  public ModelFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
  }

  /** The offending file. */
  public Path file() {
    return file;
  }
}
