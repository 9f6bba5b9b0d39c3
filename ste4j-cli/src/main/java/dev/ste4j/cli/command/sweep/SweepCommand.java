package dev.ste4j.cli.command.sweep;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import dev.ste4j.cli.Progress;
import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.cli.reproduce.ScaleOption;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.run.RunLifecycle;
import dev.ste4j.cli.run.RunOutcome;
import dev.ste4j.lab.sweep.EngineUnavailableException;
import dev.ste4j.lab.sweep.SweepEngine;
import dev.ste4j.lab.sweep.SweepEngines;
import dev.ste4j.lab.sweep.SweepResults;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste sweep GRID}: runs a grid's cells on an engine and writes a run folder with results.csv/json (cell order,
 * the same bytes on every engine), timings.csv, cells/ (one file per finished cell, for {@code --resume}) and the
 * grid's own summary in report.html.
 */
@Command(name = "sweep", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Run an experiment grid, cell by cell, on this machine's threads or on Apache Spark.",
        "GRID is a named grid or a ste train grid FILE.yaml (train: a ste train config; axes: key: [values], e.g."
            + " lr: [0.01, 0.1], model_options.bits: [1, 2], seed: [1, 2]).",
        "A train grid's seed is its config's seed, or an axis.",
        "The named grids follow, each at --quick or --full scale."},
    footer = {"Results do not depend on the engine, the thread or executor count, or a cell run again: results.csv"
        + " and results.json of two runs of a grid are equal byte for byte. See docs/SWEEPS.md."})
public final class SweepCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "GRID", description = "A named grid (above) or a ste train grid FILE.yaml.")
  String grid;

  @ArgGroup(exclusive = true)
  ScaleOption scale;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "SEED",
      description = "Seed of everything random in the run (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--engine", defaultValue = "local", paramLabel = "NAME",
      description = "local (threads of this process, default) or spark (needs the ste4j-spark module).")
  String engine;

  @Option(names = "--master", paramLabel = "URL",
      description = "Spark master: local[N], spark://HOST:PORT or yarn (default: what spark-submit set).")
  String master;

  @Option(names = "--threads", paramLabel = "N",
      description = "Cells at once for --engine local (default: all cores).")
  Integer threads;

  @Option(names = "--out", defaultValue = "runs", paramLabel = "DIR",
      description = "Folder for run folders (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--resume", paramLabel = "RUN_DIR",
      description = "Continue the sweep in RUN_DIR (same GRID and options): cells already stored are not run again.")
  Path resume;

  @Mixin DataSourceOptions source;

  @Option(names = "--quiet", description = "No progress line.")
  boolean quiet;

  @Spec CommandSpec spec;

  private static final ObjectMapper JSON =
      JsonMapper.builder().enable(JsonWriteFeature.WRITE_NAN_AS_STRINGS).build();

  /** The command with the named grids listed in its help (the list is built from the grids, not written twice). */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new SweepCommand());
    List<String> description = new ArrayList<>(List.of(cl.getCommandSpec().usageMessage().description()));
    NamedGrids.DESCRIPTIONS.forEach((n, d) -> description.add("- " + n + ": " + d + "."));
    cl.getCommandSpec().usageMessage().description(description.toArray(String[]::new));
    return cl;
  }

  @Override
  public Integer call() throws Exception {
    int count = threads == null ? Parallel.threads() : threads;
    if (count < 1) {
      throw new UserError("--threads must be at least 1, got " + count);
    }
    boolean full = ScaleOption.of(scale) == Scale.FULL;
    SweepGrid<?, ?> g = NamedGrids.resolve(grid, new NamedGrids.Choice(full, seed, source.given(), source.noFetch()));
    if (full && g instanceof TrainGrid) {
      throw new UserError("--full is for a named grid; a train grid's scale is its file");
    }
    g.prepare(spec.commandLine().getErr());
    // The engine starts before the run folder exists: without Spark on the class path nothing is written.
    SweepEngine e;
    try {
      e = SweepEngines.open(engine, master, count);
    } catch (EngineUnavailableException x) {
      throw new UserError("--engine " + engine + ": " + x.getMessage() + "; run ste sweep with the ste4j-spark"
          + " module (see docs/SWEEPS.md)", x);
    }
    try (SweepEngine running = e; Parallel.Scope kernels = Parallel.withThreads(Parallel.threads())) {
      RunFolder folder = resume != null ? reopen(g) : RunFolder.create(out, "sweep", g.config(), g.seed());
      return RunLifecycle.run(folder, spec.commandLine().getOut(), f -> work(g, running, f));
    }
  }

  /** Reopens the folder of an earlier run of the same grid and options; refuses another's before touching it. */
  private RunFolder reopen(SweepGrid<?, ?> g) throws IOException {
    Path runJson = resume.resolve("run.json");
    Map<?, ?> info;
    try {
      info = JSON.readValue(runJson.toFile(), Map.class);
    } catch (IOException x) {
      throw new UserError("--resume " + resume + ": no readable run.json there; is it a run folder of ste sweep?", x);
    }
    // Through JSON text, as run.json was written: a long seed reads back as an int there.
    Map<?, ?> wanted = JSON.readValue(JSON.writeValueAsString(g.config()), Map.class);
    if (!"sweep".equals(info.get("command")) || !wanted.equals(info.get("config"))) {
      throw new UserError("--resume " + resume + ": that folder holds another sweep (its run.json records another"
          + " grid or other options); give the same GRID and options as that run");
    }
    return RunFolder.resume(resume, Map.of("engine", engine));
  }

  private <C extends Serializable, R extends Serializable> RunOutcome work(SweepGrid<C, R> g, SweepEngine e,
                                                                          RunFolder folder) throws IOException {
    CellStore<C, R> store = new CellStore<>(folder.dir(), g);
    Map<Integer, R> known = store.read();
    int total = g.sweep().cells().size();
    long start = System.nanoTime();
    List<R> results;
    try (Progress progress = Progress.start("sweep " + g.name() + " cells on " + e.describe(), total, quiet)) {
      progress.advance(known.size());
      results = SweepResults.run(g.sweep(), e, known, (cell, result, seconds) -> {
        try {
          store.write(cell, result, seconds);
        } catch (IOException x) {
          throw new UncheckedIOException(x);
        }
        progress.step();
      });
    }
    double seconds = (System.nanoTime() - start) * 1e-9;
    SweepFiles.write(folder.dir(), g, results, store.seconds());
    Report.Section section = folder.report().section("Sweep " + g.name());
    section.seconds(seconds);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("engine", e.describe());
    facts.put("cells", total);
    facts.put("cells run now", total - known.size());
    facts.put("cells from an earlier run", known.size());
    double cellSeconds = store.seconds().values().stream().mapToDouble(Double::doubleValue).sum();
    facts.put("wall seconds", String.format(Locale.ROOT, "%.2f", seconds));
    facts.put("mean seconds per cell (timings.csv)", String.format(Locale.ROOT, "%.4f", cellSeconds / total));
    section.keyValues(facts);
    section.paragraph("results.csv and results.json hold one row per cell in grid order and nothing that depends on"
        + " the engine; timings.csv holds each cell's wall time.");
    List<String> lines = new ArrayList<>();
    lines.add(String.format(Locale.ROOT, "sweep %s: %d cells (%d run now) on %s in %.1f s", g.name(), total,
        total - known.size(), e.describe(), seconds));
    lines.addAll(g.summarize(results, folder, section));
    List<String> printed = lines;
    return new RunOutcome(null, 0, report -> {
      List<String> all = new ArrayList<>(printed);
      all.add("results: " + folder.dir().resolve(SweepFiles.RESULTS_CSV));
      all.add("report: " + report);
      return all;
    });
  }
}
