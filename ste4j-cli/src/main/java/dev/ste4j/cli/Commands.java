package dev.ste4j.cli;

import picocli.CommandLine;

/** The one list of subcommands of {@code ste}. */
final class Commands {

  private Commands() {}

  static void register(CommandLine cl) {
    // Each subcommand is added here by the issue that implements it.
    cl.addSubcommand(new dev.ste4j.cli.command.data.DataCommand());
  }
}
