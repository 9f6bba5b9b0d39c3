package dev.ste4j.cli.command;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.CliResult;
import org.junit.jupiter.api.Test;

/** Bad options of {@code ste bench} give one clear line and exit code 2 (the workloads themselves are not run here). */
class BenchCommandTest {

  private static String[] run(String... args) {
    CliResult r = CliResult.run(args);
    return new String[] {String.valueOf(r.code()), r.out(), r.err()};
  }

  @Test
  void unknownWorkloadIsNamedWithTheChoices() {
    String[] r = run("bench", "--workload", "resnet");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unknown workload 'resnet'").contains("bnn-vgg-small").contains("all")
        .contains("infer-bnn-mlp").contains("train-bnn-mlp-mnist");
  }

  @Test
  void aListOfWorkloadsKeepsItsOrderNamesABadOneAndRefusesRepeatsAndAllInAList() {
    assertThat(BenchCommand.names(java.util.List.of("gemm", "binary-dense"))).containsExactly("gemm", "binary-dense");
    assertThat(BenchCommand.names(java.util.List.of("all"))).contains("gemm", "infer-bnn-mlp", "train-bnn-mlp-mnist");
    String[] r = run("bench", "--workload", "gemm,resnet");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("unknown workload 'resnet'");
    assertThat(run("bench", "--workload", "gemm,gemm")[2]).contains("workload 'gemm' is given twice");
    assertThat(run("bench", "--workload", "gemm,all")[2]).contains("cannot be listed with others");
  }

  @Test
  void steTrainsReferenceRunTakesNoSizeOptions() {
    String[] r = run("bench", "--workload", "train-bnn-mlp-mnist", "--batch", "64");
    assertThat(r[0]).isEqualTo("2");
    assertThat(r[2]).contains("train-bnn-mlp-mnist").contains("--batch and --width do not apply");
  }

  @Test
  void impossibleThreadAndRepeatCountsAreRejected() {
    assertThat(run("bench", "--threads", "0")[2]).contains("--threads must be at least 1");
    assertThat(run("bench", "--repeat", "0", "--workload", "gemm")[2]).contains("--repeat must be at least 1");
  }
}
