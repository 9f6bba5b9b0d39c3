#!/usr/bin/env python3
"""Runs ste4j's `ste bench` and PyTorch's reference script in one session and prints the comparison table.

Usage (from the repository root):
  /usr/bin/python3 bench/compare.py [--rounds 3] [--threads 2] [--repeat 5] [--java-home DIR ...]

Each round runs, in turn: `./ste bench --workload GROUP --repeat R --threads T` for each group of STE_GROUPS (one
JVM per PyTorch script's workloads), the library's own paths (models of Models.create stepped by the Trainer, the
exported bit-packed models, and `ste train` itself on MNIST), best of R
runs in one JVM (the JIT compiles the kernels during the first runs; 1024³ GEMM measured 157–172 GFLOP/s as the best
of 2 runs and 182–190 as the best of 5); then, under each of the three PyTorch settings of shared/bench/WORKLOADS.md,
pytorch_reference.py, pytorch_train_mnist.py and bench/pytorch_infer.py. The machine is shared and noisy, so every
figure is the best over the rounds (and, for PyTorch, over its three settings). With --java-home (repeatable) each
round runs ste4j once under each JDK given (JAVA_HOME), so JDKs are compared in the same session. Before the rounds,
PyTorch's OpenBLAS core is chosen by measurement (see OPENBLAS_CORES), and the table's first line says which. Prints a Markdown
table: workload, metric, JDK, ste4j, PyTorch, ratio, target (for seconds the ratio is PyTorch's over ste4j's).
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared", "bench")
REFERENCE = os.path.join(SHARED, "pytorch_reference.py")
# PyTorch's scripts for the user's path: training on real MNIST (shared) and the float eval of the exported models.
TRAIN_MNIST = os.path.join(SHARED, "pytorch_train_mnist.py")
INFER = os.path.join(ROOT, "bench", "pytorch_infer.py")
LINE = re.compile(r"workload=(\S+) metric=(\S+) value=([0-9.]+)")
# Targets of issue 15, as ratios ste4j / PyTorch (for seconds, PyTorch / ste4j: higher is better either way).
TARGETS = {"gemm": 0.95, "bnn-mlp": 1.5, "bnn-vgg-small": 1.2, "binary-dense": 15.0, "train-bnn-mlp-mnist": 1.5,
           "infer-bnn-mlp": 10.0, "infer-bnn-vgg-small": 10.0}
ORDER = ["train-bnn-mlp-mnist", "bnn-mlp", "bnn-vgg-small", "infer-bnn-mlp", "infer-bnn-vgg-small", "binary-dense",
         "gemm"]
# ste4j's workloads run in one JVM per PyTorch script, grouped as the scripts group them (pytorch_reference.py,
# pytorch_train_mnist.py, bench/pytorch_infer.py each run in a process of their own), so that neither side's
# inference runs after its training in the same process. (With everything in one JVM, JDK 17's exported
# bnn-vgg-small measured 1,551-1,598 samples/s after the training workloads, against 2,167-2,449 run alone.)
STE_GROUPS = ["gemm,bnn-mlp,bnn-vgg-small,binary-dense", "train-bnn-mlp-mnist", "infer-bnn-mlp,infer-bnn-vgg-small"]
LOWER_IS_BETTER = {"epoch_seconds_with_eval"}
NOT_A_SPEED = {"test_accuracy"}
TORCH_SETTINGS = [
    ({}, ["--threads", "2"]),
    ({"OPENBLAS_NUM_THREADS": "2"}, ["--threads", "1"]),
    ({"OPENBLAS_NUM_THREADS": "1"}, ["--threads", "2"]),
]


def run(cmd, env_extra=None):
    env = dict(os.environ)
    env.update(env_extra or {})
    out = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True, check=True).stdout
    sys.stderr.write(" ".join(f"{k}={v}" for k, v in (env_extra or {}).items()) + " " + " ".join(cmd) + "\n" + out)
    return {(m.group(1), m.group(2)): float(m.group(3)) for m in LINE.finditer(out)}


# OpenBLAS names a core it does not know as a generic one (0.3.21 calls an Emerald Rapids Xeon "Prescott", SSE3:
# about 45 GFLOP/s instead of 240 on 2 cores), which would make PyTorch look slower than it is. So PyTorch runs with
# the fastest of these cores on this CPU, measured here, never slower than OpenBLAS's own choice ("" below).
OPENBLAS_CORES = ["", "Haswell", "SkylakeX", "Cooperlake", "SapphireRapids"]
PROBE = ("import time, torch\ntorch.set_num_threads(2)\na, b = torch.randn(1024, 1024), torch.randn(1024, 1024)\n"
         "for _ in range(3): a @ b\nt = time.perf_counter()\nfor _ in range(10): a @ b\n"
         "print(2 * 1024 ** 3 * 10 / (time.perf_counter() - t) / 1e9)\n")


def openblas_core():
    """The OPENBLAS_CORETYPE with the fastest 1024³ sgemm here ("" = OpenBLAS's own detection), best of 2 probes."""
    speeds = {}
    for core in OPENBLAS_CORES:
        env = {k: v for k, v in os.environ.items() if k != "OPENBLAS_CORETYPE"}
        env.update({"OPENBLAS_VERBOSE": "2"}, **({"OPENBLAS_CORETYPE": core} if core else {}))
        runs = [subprocess.run(["/usr/bin/python3", "-c", PROBE], env=env, capture_output=True, text=True)
                for _ in range(2)]
        if any(r.returncode != 0 for r in runs):
            continue
        used = re.search(r"Core: (\S+)", runs[0].stdout + runs[0].stderr)
        speeds[core] = (max(float(r.stdout.split()[-1]) for r in runs), used.group(1) if used else "?")
        sys.stderr.write(f"# OPENBLAS_CORETYPE={core or '(unset)'}: OpenBLAS core {speeds[core][1]}, "
                         f"sgemm {speeds[core][0]:.1f} GFLOP/s\n")
    chosen = max(speeds, key=lambda c: speeds[c][0])
    return chosen, speeds


def better(metric, a, b):
    return a < b if metric in LOWER_IS_BETTER else a > b


def best(into, results):
    # A workload's figures come from one run: the one whose first (headline) figure is best.
    by_workload = {}
    for (w, metric), v in results.items():
        by_workload.setdefault(w, []).append((metric, v))
    for w, figures in by_workload.items():
        head_metric, head = figures[0]
        old = into.get(w)
        if old is None or better(head_metric, head, old[0][1]):
            into[w] = figures


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeat", type=int, default=5, help="runs of each workload per JVM; the best counts")
    p.add_argument("--reference", default=REFERENCE)
    p.add_argument("--mnist", default=os.path.expanduser("~/.ste4j/data/mnist"),
                   help="folder with MNIST's IDX files (ste4j's data folder layout)")
    p.add_argument("--java-home", action="append", default=None,
                   help="run ste4j under this JDK (repeatable); default: the environment's java")
    args = p.parse_args()
    homes = args.java_home or [os.environ.get("JAVA_HOME", "")]
    ste, torch = {h: {} for h in homes}, {}
    core, speeds = openblas_core()
    core_env = {"OPENBLAS_CORETYPE": core} if core else {}
    for r in range(args.rounds):
        sys.stderr.write(f"# round {r + 1} of {args.rounds}\n")
        for h in homes:
            for group in STE_GROUPS:
                best(ste[h], run(["./ste", "bench", "--workload", group, "--repeat", str(args.repeat), "--threads",
                                  str(args.threads)],
                                 {"JAVA_HOME": h} if h else None))
        for env, flags in TORCH_SETTINGS:
            env = dict(env, **core_env)
            best(torch, run(["/usr/bin/python3", args.reference] + flags, env))
            best(torch, run(["/usr/bin/python3", TRAIN_MNIST, "--data-dir", args.mnist] + flags, env))
            best(torch, run(["/usr/bin/python3", INFER, "--data-dir", args.mnist] + flags, env))
    print("OpenBLAS core for PyTorch: " + ", ".join(
        f"{c or 'detected'} = {v[1]} {v[0]:.0f} GFLOP/s" for c, v in speeds.items())
        + f"; used: {speeds[core][1]}" + (f" (OPENBLAS_CORETYPE={core})" if core else " (its own detection)") + "\n")
    print("| workload | metric | JDK | ste4j | PyTorch | ratio | target |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for w in ORDER:
        for h in homes:
            theirs = dict(torch.get(w, []))
            for metric, s in ste[h].get(w, []):
                t = theirs.get(metric)
                if t is None:
                    continue
                if metric in NOT_A_SPEED:
                    ratio, target = "—", "—"
                else:
                    ratio = f"{(t / s if metric in LOWER_IS_BETTER else s / t):.2f}"
                    target = f"≥ {TARGETS[w]}"
                print(f"| {w} | {metric} | {os.path.basename(h) or 'java'} | {s:,.2f} | {t:,.2f} | {ratio} | "
                      f"{target} |")


if __name__ == "__main__":
    main()
