package dev.ste4j.nn.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A data file that cannot be read as what it claims to be: wrong magic number, impossible dimensions, a count that
 * disagrees with the file length, a label out of range, truncated or corrupt compression, a malformed CSV line.
 *
 * <p>This is the one documented error of every reader in this package. Its message starts with the file and says what is
 * wrong, e.g. {@code "/data/train-labels-idx1-ubyte: label 12 at item 7 is out of range 0..9"}. A reader that throws
 * it has returned nothing, so no half-loaded data can be used.
 */
public class DataFileException extends IOException {

  private static final long serialVersionUID = 1L;
  private final transient Path file;
  private final String problem;

  public DataFileException(Path file, String problem) {
    this(file, problem, null);
  }

  public DataFileException(Path file, String problem, Throwable cause) {
    super(file + ": " + problem, cause);
    this.file = file;
    this.problem = problem;
  }

  /** The file that is wrong. */
  public Path file() {
    return file;
  }

  /** What is wrong with it, without the file name. */
  public String problem() {
    return problem;
  }
}
