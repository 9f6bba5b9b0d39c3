package dev.ste4j.cli.command.model;

import java.io.PrintWriter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * What {@code ste summary} and {@code ste export} share: the {@link ModelOptions} that choose the model they work on,
 * and the command line whose standard output gets their report.
 */
abstract class ChosenModelCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Mixin
  ModelOptions options;

  /** The command line's standard output. */
  final PrintWriter stdout() {
    return spec.commandLine().getOut();
  }
}
