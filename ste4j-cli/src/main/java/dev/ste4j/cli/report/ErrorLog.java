package dev.ste4j.cli.report;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * The run folder's {@code errors.log}: where stack traces go, so that the terminal and report.html show one line per
 * failure and still name a file that holds the whole story. Each entry is appended by rewriting the file atomically,
 * so an entry is either all there or not at all.
 */
final class ErrorLog {

  static final String FILE_NAME = "errors.log";

  private ErrorLog() {}

  /** Appends one entry — time, what failed, the stack trace — and returns the log's path. */
  static Path append(Path runDir, String what, Throwable error) throws IOException {
    Path log = runDir.resolve(FILE_NAME);
    StringWriter entry = new StringWriter();
    try (PrintWriter w = new PrintWriter(entry)) {
      w.println("== " + OffsetDateTime.now().truncatedTo(ChronoUnit.SECONDS) + " " + what);
      error.printStackTrace(w);
      w.println();
    }
    String before = Files.isRegularFile(log) ? Files.readString(log) : "";
    AtomicFiles.writeString(log, before + entry);
    return log;
  }
}
