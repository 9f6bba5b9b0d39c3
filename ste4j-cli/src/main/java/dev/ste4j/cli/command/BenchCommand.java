package dev.ste4j.cli.command;

import dev.ste4j.bench.Result;
import dev.ste4j.bench.Workloads;
import dev.ste4j.cli.UserError;
import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.KernelSelection;
import dev.ste4j.tensor.kernel.Parallel;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ste bench}: times the workloads of {@code shared/bench/WORKLOADS.md} and prints one line per workload in the
 * PyTorch reference script's form, {@code workload=<name> metric=<name> value=<number>}, so the two compare line by
 * line. With {@code --repeat R} each workload runs R times and the best figure is printed (the machine is shared).
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = "Time the benchmark workloads (gemm, bnn-mlp, bnn-vgg-small, binary-dense) as PyTorch's "
        + "reference script does; prints workload=… metric=… value=… lines.")
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--workload", defaultValue = "all", paramLabel = "NAME",
      description = "gemm, bnn-mlp, bnn-vgg-small, binary-dense or all (default: ${DEFAULT-VALUE}).")
  String workload;

  @Mixin
  ThreadsOption threads;

  @Option(names = "--repeat", defaultValue = "1", paramLabel = "R",
      description = "Runs per workload; the best is printed (default: ${DEFAULT-VALUE}).")
  int repeat;

  @Option(names = "--batch", defaultValue = "0", paramLabel = "B",
      description = "Batch size instead of the reference one (for scaling studies; ignored by gemm).")
  int batch;

  @Option(names = "--width", defaultValue = "0", paramLabel = "W",
      description = "Width instead of the reference one: n for gemm, hidden width for bnn-mlp, fan-in = fan-out for "
          + "binary-dense, base channels for bnn-vgg-small.")
  int width;

  @Override
  public Integer call() {
    // The kernel threads hold for this command only.
    try (Parallel.Scope scoped = threads.scope()) {
      return bench();
    }
  }

  private Integer bench() {
    if (repeat < 1) {
      throw new UserError("--repeat must be at least 1, got " + repeat);
    }
    if (batch < 0 || width < 0) {
      throw new UserError("--batch and --width must be positive, got " + batch + " and " + width);
    }
    var names = Workloads.resolve(workload);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    err.println("# ste4j bench: kernels " + KernelSelection.selected().describe() + "; XNOR-popcount: "
        + BitKernels.describe() + "; " + Runtime.version() + ", threads " + Parallel.threads()
        + (repeat > 1 ? ", best of " + repeat : ""));
    Workloads.Spec size = new Workloads.Spec(batch, width);
    for (String name : names) {
      Result best = null;
      for (int r = 0; r < repeat; r++) {
        Result res = Workloads.run(name, size);
        if (best == null || res.value() > best.value()) {
          best = res;
        }
      }
      String extra = (batch > 0 && !"gemm".equals(name) ? " batch=" + batch : "") + (width > 0 ? " width=" + width : "");
      out.println(best.line() + extra);
      out.flush();
    }
    return 0;
  }
}
