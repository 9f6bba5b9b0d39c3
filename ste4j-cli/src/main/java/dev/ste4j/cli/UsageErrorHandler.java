package dev.ste4j.cli;

import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Reports a usage error (an unknown option, a value of the wrong type, a missing required option, an impossible
 * combination) as one line on stderr, {@code ste: MESSAGE (see 'ste CMD --help')}, and exits with code 2 — the same
 * shape as the errors of {@link ErrorHandler}, instead of picocli's default of the message followed by the whole usage
 * text. A mistyped command or option gets picocli's suggestions on the same line.
 */
final class UsageErrorHandler implements IParameterExceptionHandler {

  /** The exit code of every usage error. */
  static final int USAGE = 2;

  @Override
  public int handleParseException(ParameterException e, String[] args) {
    CommandLine cl = e.getCommandLine();
    PrintWriter err = cl.getErr();
    if (!(e instanceof UnmatchedArgumentException) && !cl.getUnmatchedArguments().isEmpty()) {
      // Picocli checks required options before unknown ones; a misspelled option ("--modle") is the likelier cause
      // of a missing one, so report it first.
      e = new UnmatchedArgumentException(cl, cl.getUnmatchedArguments());
    }
    StringBuilder line = new StringBuilder("ste: ").append(oneLine(e.getMessage()));
    if (e instanceof UnmatchedArgumentException u) {
      List<String> suggestions = u.getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    }
    line.append(" (see '").append(cl.getCommandSpec().qualifiedName()).append(" --help')");
    err.println(line);
    err.flush();
    return USAGE;
  }

  /** Picocli's message with any line breaks folded, so the error stays one line. */
  static String oneLine(String message) {
    return message == null ? "invalid usage" : message.strip().replaceAll("\\s*\\R\\s*", "; ");
  }
}
