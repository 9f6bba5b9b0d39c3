package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.command.RunOptions;
import dev.ste4j.cli.command.lab.ConfigDefaults;
import dev.ste4j.lab.shekhovtsov2021.EnumerationBenchmark;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ste lab shekhovtsov2021 enumeration}: measures how far exact enumeration goes on this machine. */
@Command(
    name = "enumeration",
    mixinStandardHelpOptions = true,
    defaultValueProvider = EnumerationCommand.Defaults.class,
    description = "Time the exact gradient and the exact ST expectation against the number of hidden units.")
public final class EnumerationCommand implements Callable<Integer> {

  @Mixin
  RunOptions run;

  @Option(names = "--sizes", paramLabel = "N", split = ",",
      description = "Hidden-unit counts timed (default ${DEFAULT-VALUE}); each unit doubles the time.")
  int[] sizes;

  @Option(names = "--st-max", paramLabel = "N",
      description = "Largest size for the ST expectation timing (default ${DEFAULT-VALUE}).")
  int stMax;

  @Mixin
  MaxStatesOption maxStates;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    EnumerationSizes timed = new EnumerationSizes(sizes, stMax);
    Map<String, Object> config = new LinkedHashMap<>();
    config.put("sizes", java.util.Arrays.toString(sizes));
    config.put("stMax", stMax);
    // Each size is one enumeration of 2^n states; refuse before the smaller sizes have taken their time.
    return maxStates.run(IntStream.of(timed.sizes()), () ->
        run.execute("lab shekhovtsov2021 enumeration", "Exact enumeration: speed and size limits", config,
            spec.commandLine().getOut(), (folder, section) -> Shekhovtsov2021Figures.enumeration(
                EnumerationBenchmark.run(timed.sizes(), timed.stMax(), run.seed), folder, section, "enumeration")));
  }

  /** The option defaults: {@link EnumerationSizes#quick}. */
  static final class Defaults extends ConfigDefaults {
    Defaults() {
      super(EnumerationSizes.quick(), new String[0]);
    }
  }
}
