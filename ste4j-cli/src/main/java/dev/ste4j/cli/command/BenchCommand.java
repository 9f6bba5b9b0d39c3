package dev.ste4j.cli.command;

import dev.ste4j.bench.Result;
import dev.ste4j.bench.Workloads;
import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.cli.command.train.TrainBench;
import dev.ste4j.tensor.kernel.BitKernels;
import dev.ste4j.tensor.kernel.KernelSelection;
import dev.ste4j.tensor.kernel.Parallel;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
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
    description = "Time the benchmark workloads of shared/bench/WORKLOADS.md on the library's own paths (models of "
        + "Models.create stepped by the Trainer, exported models, ste train itself) as PyTorch's reference scripts "
        + "time theirs; prints workload=… metric=… value=… lines.")
public final class BenchCommand implements Callable<Integer> {

  @Spec
  CommandSpec spec;

  @Option(names = "--workload", defaultValue = "all", split = ",", paramLabel = "NAME",
      description = "gemm, bnn-mlp, bnn-vgg-small, binary-dense, infer-bnn-mlp, infer-bnn-vgg-small, "
          + "train-bnn-mlp-mnist or all; several, comma-separated, run in this order in one JVM (default: "
          + "${DEFAULT-VALUE}).")
  List<String> workloads;

  @Mixin
  ThreadsOption threads;

  /** Where infer-bnn-mlp and train-bnn-mlp-mnist find MNIST (fetched when missing). */
  @Mixin
  DataSourceOptions source;

  @Option(names = "--repeat", defaultValue = "1", paramLabel = "R",
      description = "Runs per workload; the best is printed (default: ${DEFAULT-VALUE}). train-bnn-mlp-mnist, a "
          + "whole epoch, runs once.")
  int repeat;

  @Option(names = "--batch", defaultValue = "0", paramLabel = "B",
      description = "Batch size instead of the reference one (for scaling studies; ignored by gemm).")
  int batch;

  @Option(names = "--width", defaultValue = "0", paramLabel = "W",
      description = "Width instead of the reference one: n for gemm, hidden width for bnn-mlp, fan-in = fan-out for "
          + "binary-dense, base channels for bnn-vgg-small.")
  int width;

  @Override
  public Integer call() throws IOException {
    // The kernel threads hold for this command only.
    try (Parallel.Scope scoped = threads.scope()) {
      return bench();
    }
  }

  private Integer bench() throws IOException {
    if (repeat < 1) {
      throw new UserError("--repeat must be at least 1, got " + repeat);
    }
    if (batch < 0 || width < 0) {
      throw new UserError("--batch and --width must be positive, got " + batch + " and " + width);
    }
    List<String> names = names(workloads);
    var out = spec.commandLine().getOut();
    var err = spec.commandLine().getErr();
    err.println("# ste4j bench: kernels " + KernelSelection.selected().describe() + "; XNOR-popcount: "
        + BitKernels.describe() + "; " + Runtime.version() + ", threads " + Parallel.threads()
        + (repeat > 1 ? ", best of " + repeat : ""));
    Workloads.Spec size = new Workloads.Spec(batch, width);
    for (String name : names) {
      List<Result> best = null;
      // A whole training epoch on MNIST runs once: its JIT warm-up is part of what a user waits for.
      int runs = name.equals(TrainBench.NAME) ? 1 : repeat;
      for (int r = 0; r < runs; r++) {
        List<Result> res = run(name, size, err);
        if (best == null || res.get(0).value() > best.get(0).value()) {
          best = res;
        }
      }
      String extra = (batch > 0 && !"gemm".equals(name) ? " batch=" + batch : "") + (width > 0 ? " width=" + width : "");
      for (Result line : best) {
        out.println(line.line() + extra);
      }
      out.flush();
    }
    return 0;
  }

  /** The library workloads, then {@code ste train}'s own path. */
  static List<String> names(List<String> workloads) {
    List<String> all = new ArrayList<>(Workloads.NAMES);
    all.add(TrainBench.NAME);
    if (workloads.size() == 1 && "all".equals(workloads.get(0))) {
      return all;
    }
    List<String> names = new ArrayList<>();
    for (String w : workloads) {
      if ("all".equals(w)) {
        throw new UserError("--workload all runs every workload: it cannot be listed with others");
      }
      if (!all.contains(w)) {
        throw new UserError("unknown workload '" + w + "': expected one of " + String.join(", ", all) + " or all");
      }
      if (names.contains(w)) {
        throw new UserError("workload '" + w + "' is given twice");
      }
      names.add(w);
    }
    return names;
  }

  private List<Result> run(String name, Workloads.Spec size, PrintWriter err) throws IOException {
    if (name.equals(TrainBench.NAME)) {
      if (batch > 0 || width > 0) {
        throw new UserError(TrainBench.NAME + " is ste train's reference run: --batch and --width do not apply");
      }
      return TrainBench.bnnMlpMnist(threads.count(), source.given(), source.noFetch(), err);
    }
    return List.of(Workloads.run(name, size, source.store(err)));
  }
}
