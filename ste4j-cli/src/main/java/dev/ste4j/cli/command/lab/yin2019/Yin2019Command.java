package dev.ste4j.cli.command.lab.yin2019;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code ste lab yin2019}: the parent of the paper's commands; alone it prints its usage. */
@Command(
    name = "yin2019",
    mixinStandardHelpOptions = true,
    description = "Yin et al. (ICLR 2019), Understanding Straight-Through Estimator: closed forms, coarse gradient "
        + "descent, identity-STE instability, alignment, Figure 1; deep networks: Table 1 and the Figure 2 protocol.",
    subcommands = {Yin2019EvalCommand.class, Yin2019ConvergenceCommand.class, Yin2019InstabilityCommand.class,
        Yin2019AlignmentCommand.class, Yin2019Figure1Command.class, Yin2019Table1Command.class,
        Yin2019Table1SeedsCommand.class, Yin2019Figure2Command.class, Yin2019GapCommand.class})
public final class Yin2019Command implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
