package dev.ste4j.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Checks every way of choosing the thread count before a command runs: {@code --threads} of the command, the
 * {@code STE4J_THREADS} environment variable and the {@code ste4j.threads} system property. A count below 1 or a
 * value that is not a number is a usage error naming where it came from (the library alone falls back to the
 * processor count); more threads than cores is allowed with a warning, because it only slows the work down (1000
 * threads made training 60 times slower on the 2-core development machine).
 */
final class ThreadSettings {

  static final String VARIABLE = "STE4J_THREADS";
  static final String PROPERTY = "ste4j.threads";

  private ThreadSettings() {}

  /**
   * Checks the settings for the command about to run; prints a warning line per oversubscribed setting.
   *
   * @param environment the environment variables ({@code System::getenv} outside tests)
   * @return null when the command may run, else the message of the usage error (without "ste: ")
   * @throws ParameterException when {@code --threads} is below 1
   */
  static String check(ParseResult parsed, UnaryOperator<String> environment, int cores) {
    List<CommandLine> chain = parsed.asCommandLineList();
    CommandLine command = chain.get(chain.size() - 1);
    PrintWriter err = command.getErr();
    String problem = checkText(VARIABLE, environment.apply(VARIABLE), cores, err);
    if (problem == null) {
      problem = checkText("-D" + PROPERTY, System.getProperty(PROPERTY), cores, err);
    }
    if (problem != null) {
      return problem;
    }
    OptionSpec option = command.getCommandSpec().findOption("--threads");
    ParseResult own = command.getParseResult();
    if (option != null && own != null && own.hasMatchedOption(option)) {
      Object value = own.matchedOptionValue("--threads", null);
      if (value instanceof Number n) {
        if (n.intValue() < 1) {
          throw new ParameterException(command, "--threads must be at least 1, got " + n);
        }
        warnIfMoreThanCores("--threads " + n, n.intValue(), cores, err);
      }
    }
    return null;
  }

  /** Checks a setting given as text (null or blank: not set); returns the problem, or null. */
  private static String checkText(String name, String text, int cores, PrintWriter err) {
    if (text == null || text.isBlank()) {
      return null;
    }
    int n;
    try {
      n = Integer.parseInt(text.strip());
    } catch (NumberFormatException e) {
      return name + " must be a whole number of threads (at least 1), got '" + text + "'";
    }
    if (n < 1) {
      return name + " must be at least 1, got " + n;
    }
    warnIfMoreThanCores(name + "=" + n, n, cores, err);
    return null;
  }

  private static void warnIfMoreThanCores(String setting, int n, int cores, PrintWriter err) {
    if (n > cores) {
      err.println("ste: warning: " + setting + " is more threads than the " + cores + " core"
          + (cores == 1 ? "" : "s") + " of this machine; extra threads only slow the work down");
      err.flush();
    }
  }
}
