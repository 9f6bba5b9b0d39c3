package dev.ste4j.cli.command.lab.jeong2025;

import picocli.CommandLine.Option;

/**
 * The input distribution and its normalisation, a picocli {@code @Mixin} of the {@code ste lab jeong2025} experiments
 * that run one distribution ({@code phase}, {@code recurrence}); {@code nongaussian} compares several. Defaults come
 * from the experiment's quick configuration; names are checked by the lab's parsers.
 */
final class Jeong2025Inputs {

  @Option(names = "--distribution", paramLabel = "NAME",
      description = "Input distribution: gaussian, uniform, rademacher, shifted_gaussian, exponential, student_t3 "
          + "(default: ${DEFAULT-VALUE}).")
  String distribution;

  @Option(names = "--normalization", paramLabel = "NAME",
      description = "Input normalization: none or standardize (default: ${DEFAULT-VALUE}).")
  String normalization;
}
