package dev.ste4j.cli.command.data;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ste data}: the parent of {@code list} and {@code fetch}; alone it prints its usage. */
@Command(
    name = "data",
    mixinStandardHelpOptions = true,
    description = "Datasets: list what is in the data folder, fetch MNIST, Fashion-MNIST, digits, CIFAR-10.",
    subcommands = {DataListCommand.class, DataFetchCommand.class})
public final class DataCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
