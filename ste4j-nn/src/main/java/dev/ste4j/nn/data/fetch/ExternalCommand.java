package dev.ste4j.nn.data.fetch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Runs a package manager (npm, apt-get, dpkg) in a folder, with a time limit, and reports its failure readably. */
final class ExternalCommand {

  private static final long TIMEOUT_MINUTES = 10;

  private ExternalCommand() {}

  /**
   * Runs the command in {@code dir}; its combined output goes to a file there (a chatty tool cannot block on a full
   * pipe).
   *
   * @return the output
   * @throws IOException naming the command and quoting the end of its output when it is missing, fails or times out
   */
  static String run(List<String> command, Path dir) throws IOException {
    Path log = Files.createTempFile(dir, ".cmd", ".log");
    Process p;
    try {
      p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
    } catch (IOException e) {
      throw new IOException("'" + command.get(0) + "' is not available on this machine (" + e.getMessage() + ")", e);
    }
    try {
      if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("'" + String.join(" ", command) + "' did not finish in " + TIMEOUT_MINUTES + " minutes");
      }
    } catch (InterruptedException e) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while running '" + String.join(" ", command) + "'", e);
    }
    String out = Files.readString(log, StandardCharsets.UTF_8);
    Files.deleteIfExists(log);
    if (p.exitValue() != 0) {
      throw new IOException("'" + String.join(" ", command) + "' failed with exit code " + p.exitValue() + ": "
          + tail(out));
    }
    return out;
  }

  /** The last few non-blank lines of a tool's output, on one line. */
  static String tail(String out) {
    List<String> lines = out.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    return String.join(" | ", lines.subList(Math.max(0, lines.size() - 3), lines.size()));
  }

  /**
   * The file a download command left in {@code dir}: the first whose name ends with {@code suffix}.
   *
   * @throws IOException saying that {@code command} left none
   */
  static Path leftFile(Path dir, String suffix, String command) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.getFileName().toString().endsWith(suffix)).findFirst()
          .orElseThrow(() -> new IOException(command + " left no " + suffix + " file"));
    }
  }
}
