package dev.ste4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/**
 * One in-process run of the {@code ste} command line on a fresh instance: its exit code and what it printed. For tests
 * that look at a single run; {@link InProcessCliTest} keeps the output of several.
 */
public record CliResult(int code, String out, String err) {

  /** Runs {@code ste args…}. */
  public static CliResult run(String... args) {
    CommandLine cl = Ste.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new CliResult(code, out.toString(), err.toString());
  }
}
