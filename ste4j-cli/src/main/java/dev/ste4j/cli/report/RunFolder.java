package dev.ste4j.cli.report;

// Over 300 lines on purpose: one run folder's whole life (create, resume, write, end) in one class, so that its
// invariants (one ending, run.json written last, plain file names, no write after the end) are kept in one place.

import com.fasterxml.jackson.core.JacksonException;
import dev.ste4j.cli.Invocation;
import dev.ste4j.cli.command.VersionInfo;
import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * One folder per run holding everything needed to trust and regenerate its results: run.json (command, arguments,
 * configuration, seed, ste4j version, machine, start and end times, status), the results as CSV/JSON, the plots as
 * PNG/SVG, and report.html.
 *
 * <p>Lifecycle: {@link #create} makes the folder and writes run.json with status {@code running}; results are written
 * while the run works; {@link #succeed()} or {@link #fail(Throwable)} ends it, updating run.json and writing
 * report.html. Stack traces never reach report.html: they go to {@code errors.log} ({@link #logError}), which the
 * one-line messages name. Every file is written atomically (see {@link AtomicFiles}), so a run that dies leaves complete files
 * only, and run.json says {@code running} or {@code failed} rather than a misleading {@code succeeded}.
 *
 * <p>Folder names are {@code <yyyyMMdd-HHmmss>-<command>} in local time (command words joined by '-'), with
 * {@code -2}, {@code -3}, … appended when that name is taken. File names given to the write methods must be plain
 * names ({@code [A-Za-z0-9._-]}, no folders); an existing file of the same name is replaced.
 */
public final class RunFolder {

  /** Where run folders go unless the user names another folder. */
  public static final Path DEFAULT_ROOT = Path.of("runs");

  private static final DateTimeFormatter FOLDER_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT);
  private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");

  private final Path dir;
  private final Clock clock;
  private final Map<String, Object> info = new LinkedHashMap<>();
  private final OffsetDateTime started;
  private final Report report;
  private boolean finished;

  private RunFolder(Path dir, Clock clock, String command, List<String> arguments, Map<String, ?> config,
                    long seed) {
    this.dir = dir;
    this.clock = clock;
    this.started = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    MachineInfo machine = MachineInfo.current();
    info.put("command", command);
    info.put("arguments", List.copyOf(arguments));
    info.put("config", new LinkedHashMap<>(config));
    info.put("seed", seed);
    info.put("version", VersionInfo.version());
    info.put("machine", machine.toMap());
    info.put("started", started.toString());
    info.put("ended", null);
    info.put("seconds", null);
    info.put("status", "running");
    info.put("error", null);
    report = new Report("ste " + command, dir);
    report.header("Command", commandLine(arguments.isEmpty() ? List.of(command) : arguments))
        .header("Seed", seed)
        .header("ste4j", VersionInfo.version())
        .header("Started", started.toString())
        .header("Folder", dir.toAbsolutePath().toString())
        .config(config)
        .machine(machineForReport(machine));
  }

  private static Map<String, Object> machineForReport(MachineInfo machine) {
    Map<String, Object> m = machine.toMap();
    m.remove("maxMemoryBytes");
    return m;
  }

  /**
   * Creates a run folder under {@code root} and writes its run.json (status {@code running}). The arguments recorded
   * are those of the {@code ste} command being executed ({@link Invocation#arguments()}).
   *
   * @param root    parent folder, e.g. {@link #DEFAULT_ROOT} or the user's {@code --out}; created if missing
   * @param command the command, e.g. {@code reproduce} or {@code lab yin2019 fig3}
   * @param config  the run's configuration: every option that affects its results
   * @param seed    the seed everything random in the run derives from
   */
  public static RunFolder create(Path root, String command, Map<String, ?> config, long seed) throws IOException {
    return create(root, command, Invocation.arguments(), config, seed, Clock.systemDefaultZone());
  }

  /** As {@link #create(Path, String, Map, long)}, with explicit arguments and clock (for tests and embedding). */
  public static RunFolder create(Path root, String command, List<String> arguments, Map<String, ?> config, long seed,
                                 Clock clock) throws IOException {
    if (command == null || command.isBlank()) {
      throw new IllegalArgumentException("a run needs a command name");
    }
    if (Files.exists(root) && !Files.isDirectory(root)) {
      throw new IllegalArgumentException("cannot create a run folder in " + root + ": it is a file, not a folder");
    }
    // Fail on a configuration JSON cannot hold before anything exists on disk.
    Json.write(config);
    Files.createDirectories(root);
    String base = OffsetDateTime.now(clock).format(FOLDER_TIME) + "-" + folderWord(command);
    Path dir = root.resolve(base);
    for (int i = 2; ; i++) {
      try {
        // createDirectory fails if the name exists, so two runs starting in the same second never share a folder.
        Files.createDirectory(dir);
        break;
      } catch (FileAlreadyExistsException e) {
        dir = root.resolve(base + "-" + i);
      }
    }
    try {
      RunFolder run = new RunFolder(dir, clock, command, arguments, config, seed);
      run.writeInfo();
      return run;
    } catch (IOException | RuntimeException e) {
      // Nothing was written but run.json, and that failed: leave no empty folder behind.
      Files.deleteIfExists(dir);
      throw e;
    }
  }

  /**
   * Reopens the folder of an earlier run to continue it (e.g. {@code ste train --resume}). run.json keeps the run's
   * command, arguments, configuration, seed and first start time ({@code first_started}); its status goes back to
   * {@code running}; and the resumption is appended to its list {@code resumes}: the time, the status the run had
   * ({@code running} means it was killed or crashed without a chance to record anything), and the facts in
   * {@code note} (e.g. the checkpoint's step).
   *
   * @throws IllegalArgumentException when the folder has no readable run.json
   */
  @SuppressWarnings("unchecked")
  public static RunFolder resume(Path dir, Map<String, ?> note) throws IOException {
    Path json = dir.resolve("run.json");
    Map<String, Object> old;
    try {
      old = Json.MAPPER.readValue(json.toFile(), Map.class);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot resume " + dir + ": run.json is missing or unreadable ("
          + (e instanceof JacksonException j ? "not valid JSON" + JsonErrors.describe(j) : e.getMessage()) + ")");
    }
    Object command = old.get("command");
    Object seed = old.get("seed");
    if (!(command instanceof String c) || !(seed instanceof Number s) || !(old.get("config") instanceof Map<?, ?>)) {
      throw new IllegalArgumentException("cannot resume " + dir + ": run.json lacks its command, seed or config");
    }
    List<String> arguments = old.get("arguments") instanceof List<?> a ? a.stream().map(String::valueOf).toList()
        : List.of();
    Clock clock = Clock.systemDefaultZone();
    RunFolder run = new RunFolder(dir, clock, c, arguments, (Map<String, Object>) old.get("config"), s.longValue());
    List<Object> resumes = new java.util.ArrayList<>();
    if (old.get("resumes") instanceof List<?> r) {
      resumes.addAll(r);
    }
    Map<String, Object> entry = new LinkedHashMap<>();
    entry.put("at", run.started.toString());
    entry.put("previous_status", old.get("status"));
    entry.putAll(note);
    resumes.add(entry);
    run.info.put("first_started", old.getOrDefault("first_started", old.get("started")));
    run.info.put("resumes", resumes);
    run.report.header("First started", run.info.get("first_started"))
        .header("Resumed", resumes.size() + " time(s), last from " + old.get("status"));
    run.writeInfo();
    return run;
  }

  /** The command as one could retype it in a POSIX shell: arguments with special characters single-quoted. */
  static String commandLine(List<String> arguments) {
    StringBuilder sb = new StringBuilder("ste");
    for (String a : arguments) {
      sb.append(' ');
      if (!a.isEmpty() && a.matches("[A-Za-z0-9_./:=,+@%-]+")) {
        sb.append(a);
      } else {
        sb.append('\'').append(a.replace("'", "'\\''")).append('\'');
      }
    }
    return sb.toString();
  }

  private static String folderWord(String command) {
    String w = command.trim().replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("^[-.]+|-+$", "");
    return w.isEmpty() ? "run" : w;
  }

  /** The seed everything random in this run derives from. */
  public long seed() {
    return (Long) info.get("seed");
  }

  /** The run's folder. */
  public Path dir() {
    return dir;
  }

  /** The report that {@link #succeed()} or {@link #fail(Throwable)} writes as report.html. */
  public Report report() {
    return report;
  }

  /** Where report.html is (or will be) written. */
  public Path reportPath() {
    return dir.resolve("report.html");
  }

  /** The current status: {@code running}, {@code succeeded} or {@code failed}. */
  public String status() {
    return (String) info.get("status");
  }

  /** Writes a table as {@code name.csv} and {@code name.json}; returns the CSV's path. */
  public Path writeTable(String name, Table table) throws IOException {
    Path csv = file(name, ".csv");
    AtomicFiles.writeString(csv, table.toCsv());
    AtomicFiles.writeString(file(name, ".json"), table.toJson() + "\n");
    return csv;
  }

  /** Writes any JSON-serializable value (map, list, record, array, number, string) as {@code name.json}. */
  public Path writeJson(String name, Object value) throws IOException {
    Path json = file(name, ".json");
    AtomicFiles.writeString(json, Json.write(value));
    return json;
  }

  /** Writes text to a file of the given full name (e.g. {@code log.txt}); returns its path. */
  public Path writeText(String fileName, String text) throws IOException {
    Path f = file(fileName, "");
    AtomicFiles.writeString(f, text);
    return f;
  }

  /**
   * Renders a chart as {@code name.png} (drawn at twice its size) and {@code name.svg}; returns the PNG's path, to
   * pass to {@link Report.Section#image}.
   */
  public Path plot(String name, Chart chart) throws IOException {
    Path png = file(name, ".png");
    byte[] pngBytes = Charts.png(chart);
    byte[] svgBytes = Charts.svg(chart);
    AtomicFiles.write(png, pngBytes);
    AtomicFiles.write(file(name, ".svg"), svgBytes);
    return png;
  }

  private Path file(String name, String extension) {
    if (finished) {
      throw new IllegalStateException("run " + dir + " has ended (" + status() + "); cannot write " + name
          + extension);
    }
    if (name == null || !PLAIN_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException("bad file name '" + name + "' in run " + dir
          + ": use letters, digits, '.', '_' and '-' only, starting with a letter or digit");
    }
    return dir.resolve(name + extension);
  }

  /** Ends the run successfully: run.json says {@code succeeded}; writes report.html and returns its path. */
  public Path succeed() throws IOException {
    return finish("succeeded", null);
  }

  /**
   * Ends the run as failed: run.json says {@code failed} with the error's message; report.html is written with the
   * error at the top and whatever sections were completed. Leftover temporary files are removed. Returns the path of
   * report.html. A second call after the run has ended does nothing but return that path.
   */
  public Path fail(Throwable error) throws IOException {
    if (finished) {
      // The run already has its ending (e.g. a failure with a message of its own); this error is what followed it.
      return reportPath();
    }
    Path log = logError("the run", error);
    return finish("failed", Report.describe(error) + " (details in " + log.getFileName() + ")");
  }

  /**
   * Appends the error's stack trace, labelled with {@code what} failed, to the folder's {@code errors.log} and returns
   * its path: the place to name in a one-line message.
   */
  public Path logError(String what, Throwable error) throws IOException {
    return ErrorLog.append(dir, what, error);
  }

  /** As {@link #fail(Throwable)}, with a message of its own (e.g. "2 of 5 sections failed: a, b"). */
  public Path fail(String message) throws IOException {
    return finish("failed", message);
  }

  private Path finish(String status, String error) throws IOException {
    if (finished) {
      return reportPath();
    }
    finished = true;
    OffsetDateTime ended = OffsetDateTime.now(clock).truncatedTo(ChronoUnit.MILLIS);
    double seconds = Duration.between(started, ended).toMillis() / 1000.0;
    info.put("ended", ended.toString());
    info.put("seconds", seconds);
    info.put("status", status);
    info.put("error", error);
    // Folder is re-added so that it stays the last line of the header, after the times.
    report.status(status, error)
        .header("Folder", null)
        .header("Ended", ended.toString())
        .header("Duration", String.format(Locale.ROOT, "%.1f s", seconds))
        .header("Folder", dir.toAbsolutePath().toString());
    try {
      AtomicFiles.deleteTemporaryFiles(dir);
      report.write(reportPath());
    } finally {
      // run.json last: its status is the final word, even if the report could not be written.
      writeInfo();
    }
    return reportPath();
  }

  private void writeInfo() throws IOException {
    AtomicFiles.writeString(dir.resolve("run.json"), Json.write(info));
  }

  /** The contents of run.json as last written (a copy). */
  public Map<String, Object> info() {
    return new LinkedHashMap<>(info);
  }

  @Override
  public String toString() {
    return "RunFolder[" + dir + ", " + status() + "]";
  }
}
