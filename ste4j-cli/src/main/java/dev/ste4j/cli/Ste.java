package dev.ste4j.cli;

import dev.ste4j.cli.command.VersionInfo;
import dev.ste4j.lab.shekhovtsov2021.EnumerationProgress;
import java.util.List;
import java.util.function.UnaryOperator;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code ste} command. Subcommands are registered in {@link Commands}; each issue that implements one adds it there.
 */
@Command(
    name = "ste",
    mixinStandardHelpOptions = true,
    versionProvider = VersionInfo.class,
    description = "Train binary and low-bit networks with straight-through estimators, and reproduce the STE papers.",
    subcommandsRepeatable = false)
public final class Ste implements Runnable {

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  /** Usable before or after any subcommand: {@code ste --kernels scalar train …}. */
  @CommandLine.Option(
      names = "--kernels",
      scope = CommandLine.ScopeType.INHERIT,
      paramLabel = "auto|scalar|vector",
      description = "Float kernels to use (default: auto, the Vector API when available; or STE4J_KERNELS).")
  void setKernels(String name) {
    try {
      dev.ste4j.tensor.kernel.KernelSelection.force(name);
    } catch (IllegalArgumentException | IllegalStateException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  @Override
  public void run() {
    // No subcommand: show what there is.
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Builds the configured command line; tests use this to run commands in-process. */
  public static CommandLine commandLine() {
    return commandLine(System::getenv, Runtime.getRuntime().availableProcessors());
  }

  /** As {@link #commandLine()}, with the environment variables and core count given (tests use this). */
  static CommandLine commandLine(UnaryOperator<String> environment, int cores) {
    CommandLine cl = new CommandLine(new Ste());
    Commands.register(cl);
    cl.setExecutionExceptionHandler(new ErrorHandler());
    cl.setParameterExceptionHandler(new UsageErrorHandler());
    cl.setExecutionStrategy(parsed -> {
      String threadProblem = ThreadSettings.check(parsed, environment, cores);
      List<CommandLine> chain = parsed.asCommandLineList();
      CommandLine command = chain.get(chain.size() - 1);
      if (threadProblem != null) {
        command.getErr().println("ste: " + threadProblem);
        command.getErr().flush();
        return UsageErrorHandler.USAGE;
      }
      // Remember the command line while it runs, so that run folders record the exact arguments.
      Invocation.set(parsed.originalArgs());
      EnumerationProgress.printTo(command.getErr());
      try {
        return new CommandLine.RunLast().execute(parsed);
      } catch (OutOfMemoryError e) {
        return ErrorHandler.outOfMemory(e, command, parsed.originalArgs());
      } finally {
        EnumerationProgress.printTo(null);
        Invocation.clear();
      }
    });
    return cl;
  }

  public static void main(String[] args) {
    // Charts render off-screen; set before any AWT class loads.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    System.exit(commandLine().execute(args));
  }
}
