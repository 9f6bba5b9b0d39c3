package dev.ste4j.cli.command.lab.yin2019;

import picocli.CommandLine.Option;

/**
 * {@code --m} and {@code --n} (a picocli mixin): the number of patches and the patch dimension of the paper's
 * one-hidden-layer network, for the experiments that run one shape ({@code convergence}, {@code figure1}). Defaults
 * come from the experiment's quick configuration.
 */
final class PatchShape {

  @Option(names = "--m", paramLabel = "M",
      description = "Patches m (default: ${DEFAULT-VALUE}).") int m;
  @Option(names = "--n", paramLabel = "N",
      description = "Patch dimension n (default: ${DEFAULT-VALUE}).") int n;
}
