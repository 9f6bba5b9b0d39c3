package dev.ste4j.cli;

import dev.ste4j.cli.command.LabCommand;
import dev.ste4j.cli.command.lab.jeong2025.Jeong2025Command;
import dev.ste4j.cli.command.lab.yin2019.Yin2019Command;
import dev.ste4j.cli.command.lab.shekhovtsov2021.Shekhovtsov2021Command;
import dev.ste4j.cli.reproduce.ReproduceCommand;
import picocli.CommandLine;

/** The one list of subcommands of {@code ste}. */
final class Commands {

  private Commands() {}

  static void register(CommandLine cl) {
    // Each subcommand is added here by the issue that implements it.
    cl.addSubcommand(new ReproduceCommand());

    CommandLine lab = new CommandLine(new LabCommand());
    // One line per paper, e.g. lab.addSubcommand(new Yin2019Command());
    lab.addSubcommand(new Yin2019Command());
    lab.addSubcommand(new Jeong2025Command());
    lab.addSubcommand(new Shekhovtsov2021Command());
    cl.addSubcommand("lab", lab);

    cl.addSubcommand(new dev.ste4j.cli.command.data.DataCommand());

    cl.addSubcommand(new dev.ste4j.cli.command.model.QuantizersCommand());
    cl.addSubcommand(new dev.ste4j.cli.command.model.QuantizerCommand());
    cl.addSubcommand(new dev.ste4j.cli.command.model.SummaryCommand());
    cl.addSubcommand(new dev.ste4j.cli.command.model.ExportCommand());

    cl.addSubcommand(new dev.ste4j.cli.command.train.TrainCommand());
    cl.addSubcommand(new dev.ste4j.cli.command.train.EvalCommand());
    cl.addSubcommand(new dev.ste4j.cli.command.zoo.ZooCommand());
    cl.addSubcommand(new dev.ste4j.cli.command.BenchCommand());
    cl.addSubcommand("sweep", dev.ste4j.cli.command.sweep.SweepCommand.commandLine());
  }
}
