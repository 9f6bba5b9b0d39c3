package dev.ste4j.cli.reproduce;

import dev.ste4j.cli.OutOfMemory;
import dev.ste4j.cli.Plural;
import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.ThreadsOption;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.run.RunOutcome;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ste reproduce}: runs every section of {@link ReproduceSections#all()} (or those named by {@code --only}) in
 * order into one run folder and writes one HTML report.
 *
 * <p>A section that throws is shown as failed, on one line in the terminal and in the report, with its stack trace in
 * the run folder's errors.log (named in both), and the next section runs; the run then ends as failed and the command
 * exits with 1. Sections that need a dataset fetch it into the data folder when it is missing, unless
 * {@code --no-fetch} or {@code STE4J_OFFLINE=1} forbids it. Unknown {@code --only} names and impossible
 * options exit with 2 before anything is written. The claims the sections tested go to claims.json beside run.json and
 * open the report, under a banner naming the scale.
 */
@Command(
    name = "reproduce",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
        "Reproduce the papers' experiments into one run folder with an HTML report.",
        "Sections run in order; a failing section is reported and the others still run (exit code 1)."})
public final class ReproduceCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @ArgGroup(exclusive = true)
  ScaleOption scaleOption;

  @Option(names = "--only", split = ",", paramLabel = "NAME",
      description = "Run only these sections (comma-separated), e.g. --only environment.")
  List<String> only;

  @Mixin DataSourceOptions source;

  @Mixin RunOptions runOptions;

  @Mixin ThreadsOption threads;

  private Function<DataStore, List<ReproduceSection>> sections = ReproduceSections::all;

  /** Replaces the section list (tests use this to run sections of their own). */
  void useSections(List<ReproduceSection> replacement) {
    List<ReproduceSection> copy = List.copyOf(replacement);
    sections = store -> copy;
  }

  @Override
  public Integer call() throws Exception {
    Scale scale = ScaleOption.of(scaleOption);
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    List<ReproduceSection> chosen = select(sections.apply(source.store(err)));
    try (Parallel.Scope scoped = threads.scope()) {
      Map<String, Object> config = new LinkedHashMap<>();
      config.put("scale", scale.toString());
      config.put("sections", chosen.stream().map(ReproduceSection::name).collect(Collectors.toList()));
      config.put("threads", Parallel.threads());
      return runOptions.run("reproduce", config, stdout, run -> {
        err.println("ste reproduce: " + Plural.of(chosen.size(), "section") + " at " + scale + " scale into "
            + run.dir());
        err.flush();
        run.report().scale(scale.toString());
        List<String> failed = runSections(chosen, scale, run, err);
        // Beside run.json: every claim the sections tested, with its verdict and the rule that gave it.
        run.writeJson("claims", run.report().claimsJson());
        String failure = failed.isEmpty() ? null : failed.size() + " of " + Plural.of(chosen.size(), "section")
            + " failed: " + String.join(", ", failed);
        return new RunOutcome(failure, failed.isEmpty() ? 0 : 1,
            report -> List.of(summary(run, chosen.size(), failed), report.toString()));
      });
    }
  }

  /** The sections to run, in list order; unknown --only names are a usage error naming the valid ones. */
  private List<ReproduceSection> select(List<ReproduceSection> all) {
    if (only == null || only.isEmpty()) {
      return all;
    }
    Set<String> wanted = new LinkedHashSet<>();
    for (String name : only) {
      wanted.add(name.trim().toLowerCase(Locale.ROOT));
    }
    Set<String> known = all.stream().map(ReproduceSection::name).collect(Collectors.toCollection(LinkedHashSet::new));
    List<String> unknown = wanted.stream().filter(w -> !known.contains(w)).collect(Collectors.toList());
    if (!unknown.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "unknown section" + (unknown.size() > 1 ? "s " : " ")
          + String.join(", ", unknown) + " in --only; valid sections: " + String.join(", ", known));
    }
    return all.stream().filter(s -> wanted.contains(s.name())).collect(Collectors.toList());
  }

  /** Runs each section into its own report section; returns the names of those that failed. */
  private static List<String> runSections(List<ReproduceSection> chosen, Scale scale, RunFolder run,
                                          PrintWriter err) {
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < chosen.size(); i++) {
      ReproduceSection s = chosen.get(i);
      Report.Section section = run.report().section(s.title());
      err.printf(Locale.ROOT, "[%d/%d] %s ...%n", i + 1, chosen.size(), s.title());
      err.flush();
      long t0 = System.nanoTime();
      try {
        s.run(scale, run, section);
        double seconds = (System.nanoTime() - t0) / 1e9;
        section.seconds(seconds);
        err.printf(Locale.ROOT, "[%d/%d] %s: done in %.1f s%n", i + 1, chosen.size(), s.name(), seconds);
      } catch (Exception | LinkageError | AssertionError | StackOverflowError | OutOfMemoryError e) {
        // One broken section must not cost the others' results; its error goes into the report instead, its stack
        // trace into errors.log.
        double seconds = (System.nanoTime() - t0) / 1e9;
        Path log = logQuietly(run, s.name(), e);
        section.seconds(seconds).fail(e, log);
        failed.add(s.name());
        String why = e instanceof OutOfMemoryError ? OutOfMemory.message("running section " + s.name())
            : Report.describe(e);
        err.printf(Locale.ROOT, "[%d/%d] %s: FAILED after %.1f s: %s%s%n", i + 1, chosen.size(), s.name(), seconds,
            why, log == null ? "" : " (details in " + log + ")");
      }
      err.flush();
    }
    return failed;
  }

  /** The errors.log entry for a failed section; null when even that cannot be written (the disk may be full). */
  private static Path logQuietly(RunFolder run, String section, Throwable e) {
    try {
      return run.logError("section " + section, e);
    } catch (IOException | RuntimeException logFailure) {
      return null;
    }
  }

  private static String summary(RunFolder run, int total, List<String> failed) {
    return failed.isEmpty()
        ? "ste reproduce: " + (total == 1 ? "the 1 section" : "all " + Plural.of(total, "section")) + " succeeded;"
            + " run folder " + run.dir()
        : "ste reproduce: " + failed.size() + " of " + Plural.of(total, "section") + " failed (" + String.join(", ", failed)
            + "); run folder " + run.dir();
  }
}
