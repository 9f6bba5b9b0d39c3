package dev.ste4j.cli.command.lab.shekhovtsov2021;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ste lab shekhovtsov2021}: lists its experiments. */
@Command(
    name = "shekhovtsov2021",
    mixinStandardHelpOptions = true,
    description = {
        "Shekhovtsov & Yanush (2021), ST estimators as principled methods for stochastic binary networks."},
    subcommands = {ExactCommand.class, EstimatorsCommand.class, LatentCommand.class, StudyCommand.class,
        EnumerationCommand.class})
public final class Shekhovtsov2021Command implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
