package dev.ste4j.cli.command.shekhovtsov2021;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.lab.shekhovtsov2021.EnumerationBenchmark;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab shekhovtsov2021 enumeration}: measures how far exact enumeration goes on this machine. */
@Command(
    name = "enumeration",
    mixinStandardHelpOptions = true,
    description = "Time the exact gradient and the exact ST expectation against the number of hidden units.")
public final class EnumerationCommand implements Callable<Integer> {

  @Option(names = "--seed", defaultValue = "1", description = "Seed (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--out", paramLabel = "DIR", description = "Folder for the run folder (default runs).")
  Path out;

  @Option(names = "--sizes", split = ",", defaultValue = "8,12,16,20",
      description = "Hidden-unit counts timed (default ${DEFAULT-VALUE}); each unit doubles the time.")
  int[] sizes;

  @Option(names = "--st-max", defaultValue = "16",
      description = "Largest size for the ST expectation timing (default ${DEFAULT-VALUE}).")
  int stMax;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    for (int n : sizes) {
      if (n < 2 || n > 30) {
        throw new IllegalArgumentException("--sizes must lie in 2..30 (2^30 states take minutes), got " + n);
      }
    }
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("sizes", java.util.Arrays.toString(sizes));
    config.put("stMax", stMax);
    RunFolder run = RunFolder.create(out == null ? RunFolder.DEFAULT_ROOT : out, "lab shekhovtsov2021 enumeration",
        config, seed);
    try {
      Report.Section s = run.report().section("Exact enumeration: speed and size limits");
      String summary = Shekhovtsov2021Figures.enumeration(EnumerationBenchmark.run(sizes, stMax, seed), run, s,
          "enumeration");
      run.succeed();
      spec.commandLine().getOut().println(summary);
      spec.commandLine().getOut().println("report: " + run.reportPath());
      return 0;
    } catch (Exception | Error e) {
      run.fail(e);
      throw e;
    }
  }
}
