package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The root command: version information, usage, and errors for bad options. */
class SteCommandTest extends InProcessCliTest {

  @AfterEach
  void restoreKernels() {
    dev.ste4j.tensor.kernel.KernelSelection.force("auto");
  }

  @Test
  void versionNamesVersionJdkKernelsAndThreads() {
    assertThat(run("--version")).isZero();
    assertThat(out.toString()).contains("ste4j ", "JDK: ", "kernels: ", "threads: ");
  }

  @Test
  void kernelsCanBeForced() {
    assertThat(run("--kernels", "scalar", "--version")).isZero();
    assertThat(out.toString()).contains("kernels: scalar");
  }

  @Test
  void theModelOptionsNameEveryModel() {
    for (String command : new String[] {"train", "export"}) {
      out.getBuffer().setLength(0);
      assertThat(run(command, "--help")).isZero();
      String help = out.toString().replaceAll("\\s+", " ");
      assertThat(dev.ste4j.nn.model.Models.names()).allSatisfy(name -> assertThat(help).contains(name));
    }
  }

  @Test
  void unknownOptionPrintsWhatIsWrongOnOneLineWithExitCode2() {
    assertThat(run("--no-such-option")).isEqualTo(2);
    assertThat(err.toString()).isEqualTo("ste: Unknown option: '--no-such-option' (see 'ste --help')"
        + System.lineSeparator());
  }

  @Test
  void aMisspelledCommandOrOptionGetsSuggestions() {
    assertThat(run("trian")).isEqualTo(2);
    assertThat(err.toString()).contains("'trian'").contains("did you mean train");
    err.getBuffer().setLength(0);
    // The unknown option is reported rather than the required option it was probably meant to be.
    assertThat(run("summary", "--modle", "mlp")).isEqualTo(2);
    assertThat(err.toString()).startsWith("ste: Unknown options: '--modle'").contains("--model")
        .doesNotContain("Missing required");
  }

  @Test
  void unknownKernelNameIsRejectedWithTheValidNames() {
    assertThat(run("--kernels", "gpu", "--version")).isEqualTo(2);
    assertThat(err.toString()).contains("'gpu'").contains("auto, scalar or vector");
  }
}
