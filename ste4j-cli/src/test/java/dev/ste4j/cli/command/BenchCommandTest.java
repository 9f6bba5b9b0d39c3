package dev.ste4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.Ste;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Bad options of {@code ste bench} give one clear line and exit code 2 (the workloads themselves are not run here). */
class BenchCommandTest {

  private static String[] run(String... args) {
    CommandLine cl = Ste.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int code = cl.execute(args);
    return new String[] {String.valueOf(code), out.toString(), err.toString()};
  }

  @Test
  void unknownWorkloadIsNamedWithTheChoices() {
    String[] r = run("bench", "--workload", "resnet");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unknown workload 'resnet'").contains("bnn-vgg-small").contains("all");
  }

  @Test
  void impossibleThreadAndRepeatCountsAreRejected() {
    assertThat(run("bench", "--threads", "0")[2]).contains("--threads must be at least 1");
    assertThat(run("bench", "--repeat", "0", "--workload", "gemm")[2]).contains("--repeat must be at least 1");
  }
}
