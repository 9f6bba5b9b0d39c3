package dev.ste4j.cli;

/** Bad input from the user: reported as one line naming what is wrong, with a non-zero exit code (default 2). */
public class UserError extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private final int exitCode;

  public UserError(String message) {
    this(message, 2, null);
  }

  public UserError(String message, Throwable cause) {
    this(message, 2, cause);
  }

  public UserError(String message, int exitCode, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
