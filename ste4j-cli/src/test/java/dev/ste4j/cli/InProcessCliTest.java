package dev.ste4j.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Base of the command tests: runs the real {@code ste} command line in-process and keeps what it printed. */
public abstract class InProcessCliTest {

  /** Standard output of every run so far in this test. */
  protected final StringWriter out = new StringWriter();
  /** Standard error of every run so far in this test. */
  protected final StringWriter err = new StringWriter();

  /** Runs {@code ste args…} and returns its exit code. */
  protected int run(String... args) {
    CommandLine cl = Ste.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }
}
