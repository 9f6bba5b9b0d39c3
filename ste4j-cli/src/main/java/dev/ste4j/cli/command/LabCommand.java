package dev.ste4j.cli.command;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab}: one subcommand per paper, each with one subcommand per experiment
 * ({@code ste lab <paper> <experiment> [options]}). Papers are added in {@code dev.ste4j.cli.Commands.register}.
 * Without a subcommand it lists the papers.
 */
@Command(
    name = "lab",
    mixinStandardHelpOptions = true,
    description = {
        "Run one experiment of one paper: ste lab <paper> <experiment> [--seed N] [--out DIR] [options].",
        "Each run writes a run folder with CSV/JSON results, plots and report.html."})
public final class LabCommand implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
