package dev.ste4j.cli.command.lab;

import picocli.CommandLine.Option;

/**
 * {@code --train-limit} and {@code --test-limit} (a picocli mixin): the reduced runs of the lab commands that train on
 * a dataset ({@code yin2019 table1}/{@code figure2}, {@code shekhovtsov2021 latent}). Each command says how it picks
 * the samples (Yin's runs take a seeded random subset, the latent-weight runs the first ones); defaults come from the
 * command's configuration.
 */
public final class SubsetOptions {

  @Option(names = "--train-limit", paramLabel = "N",
      description = "Training samples used, for a reduced run; 0 = all (default: ${DEFAULT-VALUE}).")
  public int train;

  @Option(names = "--test-limit", paramLabel = "N",
      description = "Test samples used, for a reduced run; 0 = all (default: ${DEFAULT-VALUE}).")
  public int test;

  // The old spellings, hidden: commands recorded before the rename (docs/YIN2019.md, BENCHMARKS.md) still run.
  @Option(names = "--train-subset", hidden = true, paramLabel = "N")
  void trainAlias(int n) {
    train = n;
  }

  @Option(names = "--test-subset", hidden = true, paramLabel = "N")
  void testAlias(int n) {
    test = n;
  }

  /** Whether either limit makes this a reduced run. */
  public boolean reduced() {
    return train > 0 || test > 0;
  }
}
