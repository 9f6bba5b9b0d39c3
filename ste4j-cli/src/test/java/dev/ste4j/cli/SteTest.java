package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class SteTest {

  @Test
  void helpListsTheCommands() {
    CliResult r = CliResult.run("--help");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("reproduce", "lab");
  }

  @Test
  void labWithoutPaperShowsItsUsage() {
    CliResult r = CliResult.run("lab");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("Usage: ste lab", "<paper> <experiment>");
  }

  @Test
  void argumentsAreAvailableWhileACommandRuns() {
    CommandLine root = Ste.commandLine();
    root.addSubcommand("probe", new Probe());
    assertThat(root.execute("probe", "--x", "1")).isZero();
    assertThat(Probe.seen).containsExactly("probe", "--x", "1");
    assertThat(Invocation.arguments()).isEmpty();
  }

  @CommandLine.Command(name = "probe")
  static final class Probe implements Runnable {
    static java.util.List<String> seen;

    @CommandLine.Option(names = "--x")
    int x;

    @Override
    public void run() {
      seen = Invocation.arguments();
    }
  }
}
