package dev.ste4j.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception escaping a command into one clear line on stderr and a non-zero exit code.
 *
 * <p>{@link UserError} (bad input: a malformed file, an unknown name, an impossible option) exits with its own code,
 * 2 by default; anything else is a bug or an environment failure and exits 1 with its stack trace when
 * {@code STE4J_DEBUG} is set.
 */
final class ErrorHandler implements IExecutionExceptionHandler {

  @Override
  public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
    var err = cl.getErr();
    if (e instanceof UserError u) {
      err.println("ste: " + u.getMessage());
      return u.exitCode();
    }
    if (e instanceof IllegalArgumentException) {
      err.println("ste: " + e.getMessage());
      return 2;
    }
    err.println("ste: " + e.getClass().getSimpleName() + ": " + e.getMessage());
    if (System.getenv("STE4J_DEBUG") != null) {
      e.printStackTrace(err);
    }
    return 1;
  }
}
