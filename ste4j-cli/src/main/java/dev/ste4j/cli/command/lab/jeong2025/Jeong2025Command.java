package dev.ste4j.cli.command.lab.jeong2025;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab jeong2025}: the finite-sample STE laboratory of Jeong, Xin and Yin (2025) — recovery phase diagram
 * and sample-complexity exponent, recurrence under label noise, non-Gaussian inputs with and without normalisation, and the uniform deviation of
 * the empirical STE gradient.
 */
@Command(
    name = "jeong2025",
    mixinStandardHelpOptions = true,
    description = {
        "Jeong, Xin, Yin 2025: finite-sample recovery of binary weights by the STE.",
        "Each experiment's defaults are the quick scale of 'ste reproduce --quick'."},
    subcommands = {Jeong2025PhaseCommand.class, Jeong2025RecurrenceCommand.class, Jeong2025NonGaussianCommand.class,
        Jeong2025DeviationCommand.class})
public final class Jeong2025Command implements Runnable {

  @Spec
  CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
