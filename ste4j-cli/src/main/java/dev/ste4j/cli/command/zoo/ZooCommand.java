package dev.ste4j.cli.command.zoo;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ste zoo}: the parent of {@code list}, {@code get} and {@code add}; alone it prints its usage. */
@Command(
    name = "zoo",
    mixinStandardHelpOptions = true,
    description = "Trained binary networks and the recipes that train them: list them, write one, add a trained one.",
    subcommands = {ZooListCommand.class, ZooGetCommand.class, ZooAddCommand.class})
public final class ZooCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
