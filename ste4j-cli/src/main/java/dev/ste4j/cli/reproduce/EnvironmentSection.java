package dev.ste4j.cli.reproduce;

import dev.ste4j.cli.command.VersionInfo;
import dev.ste4j.cli.report.MachineInfo;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import dev.ste4j.tensor.kernel.Kernels;
import dev.ste4j.tensor.kernel.Parallel;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The first section of every reproduction: what ran it (ste4j version, JDK, CPU, kernels, threads) and how fast the
 * active kernels are on this machine, so that timings elsewhere in the report can be read in context.
 *
 * <p>The micro-check times a 256×256×256 float GEMM (2·256³ flops per call) and a 2<sup>16</sup>-element dot product
 * through {@link Kernels#get()}, at the configured thread count and, when that is more than one, on one thread. After
 * one untimed round (JIT compilation), each is warmed up for at least 0.3 s and then repeated for a time budget
 * (0.4 s quick, 2 s full); the median time gives GFLOP/s. Each result is also checked against a double-precision
 * reference: the error reported is max |c − c_ref| / Σ|a·b| over sampled entries, which float32 accumulation keeps
 * near 1e-7 · √k.
 */
final class EnvironmentSection implements ReproduceSection {

  private static final int GEMM_SIZE = 256;
  private static final int DOT_SIZE = 1 << 16;

  @Override
  public String name() {
    return "environment";
  }

  @Override
  public String title() {
    return "Environment and kernel speed";
  }

  @Override
  public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
    MachineInfo machine = MachineInfo.current();
    Map<String, Object> env = new LinkedHashMap<>();
    env.put("ste4j", VersionInfo.version());
    env.put("JDK", machine.jdk());
    env.put("JVM", System.getProperty("java.vm.name") + " " + System.getProperty("java.vm.version"));
    env.put("OS", machine.os() + " (" + machine.arch() + ")");
    env.put("CPU", machine.cpuModel());
    env.put("cores", machine.cores());
    env.put("max heap", machine.toMap().get("maxMemory"));
    env.put("kernels", machine.kernels());
    env.put("threads", machine.threads());
    env.put("scale", scale.toString());
    env.put("seed", run.seed());
    section.paragraph("The machine and JVM this reproduction ran on, and a measured check of the active kernels: "
        + "a " + GEMM_SIZE + "³ float matrix product and a dot product of " + DOT_SIZE + " elements, timed through "
        + "the same kernel interface every op uses, with their error against a double-precision reference.");
    section.keyValues(env);

    double budgetSeconds = scale.pick(0.4, 2.0);
    Rng rng = new Rng(run.seed()).split(0x656e76L);
    List<Integer> threadCounts = new ArrayList<>(List.of(Parallel.threads()));
    if (Parallel.threads() > 1) {
      threadCounts.add(1);
    }
    Table table = new Table("operation", "size", "threads", "repetitions", "median_ms", "gflops", "max_rel_error");
    // One untimed round first, so that no measured row pays for JIT compilation of the kernels.
    KernelTiming.gemm(Kernels.get(), GEMM_SIZE, rng.split(1), 0);
    KernelTiming.dot(Kernels.get(), DOT_SIZE, rng.split(2), 0);
    for (int t : threadCounts) {
      try (Parallel.Scope scoped = Parallel.withThreads(t)) {
        KernelTiming gemm = KernelTiming.gemm(Kernels.get(), GEMM_SIZE, rng.split(1), budgetSeconds);
        table.row("gemm", GEMM_SIZE + "x" + GEMM_SIZE + "x" + GEMM_SIZE, t, gemm.repetitions(),
            gemm.medianSeconds() * 1e3, gemm.gflops(), gemm.maxRelativeError());
        KernelTiming dot = KernelTiming.dot(Kernels.get(), DOT_SIZE, rng.split(2), budgetSeconds);
        table.row("dot", Integer.toString(DOT_SIZE), t, dot.repetitions(), dot.medianSeconds() * 1e3, dot.gflops(),
            dot.maxRelativeError());
      }
    }
    run.writeTable("environment-kernels", table);
    Map<String, Object> json = new LinkedHashMap<>(env);
    json.put("machine", machine.toMap());
    json.put("kernelChecks", table.toJsonValue());
    run.writeJson("environment", json);
    section.table("Kernel micro-check (" + Kernels.get().name() + " kernels; median of timed repetitions)", table);
    section.paragraph("GFLOP/s counts 2 flops per multiply-add. The error column is max |c − c_ref| / Σ|a·b| "
        + "over " + KernelTiming.SAMPLES + " sampled outputs; values near 1e-7 are float32 rounding. Files: "
        + "environment-kernels.csv, environment.json.");
  }
}
