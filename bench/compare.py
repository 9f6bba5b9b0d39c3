#!/usr/bin/env python3
"""Runs ste4j's `ste bench` and PyTorch's reference script in one session and prints the comparison table.

Usage (from the repository root):
  /usr/bin/python3 bench/compare.py [--rounds 3] [--threads 2] [--repeat 5] [--java-home DIR ...]

Each round runs, in turn: `./ste bench --workload all --repeat R --threads T` (best of R runs in one JVM: the JIT
compiles the kernels during the first runs; 1024³ GEMM measured 157–172 GFLOP/s as the best of 2 runs and 182–190 as
the best of 5, one after the other) and the three PyTorch settings of shared/bench/WORKLOADS.md. The machine is shared and noisy, so every figure is the best over the rounds (and, for
PyTorch, over its three settings). With --java-home (repeatable) each round runs ste4j once under each JDK given
(JAVA_HOME), so JDKs are compared in the same session. Prints a Markdown table: workload, metric, JDK, ste4j,
PyTorch, ratio, target.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE = os.path.join(ROOT, "..", "shared", "bench", "pytorch_reference.py")
LINE = re.compile(r"workload=(\S+) metric=(\S+) value=([0-9.]+)")
TARGETS = {"gemm": 0.9, "bnn-mlp": 1.5, "bnn-vgg-small": 1.0, "binary-dense": 10.0}
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
    return {m.group(1): (m.group(2), float(m.group(3))) for m in LINE.finditer(out)}


def best(into, results):
    for w, (metric, v) in results.items():
        if w not in into or v > into[w][1]:
            into[w] = (metric, v)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--rounds", type=int, default=3)
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--repeat", type=int, default=5, help="runs of each workload per JVM; the best counts")
    p.add_argument("--reference", default=REFERENCE)
    p.add_argument("--java-home", action="append", default=None,
                   help="run ste4j under this JDK (repeatable); default: the environment's java")
    args = p.parse_args()
    homes = args.java_home or [os.environ.get("JAVA_HOME", "")]
    ste, torch = {h: {} for h in homes}, {}
    for r in range(args.rounds):
        sys.stderr.write(f"# round {r + 1} of {args.rounds}\n")
        for h in homes:
            best(ste[h], run(["./ste", "bench", "--workload", "all", "--repeat", str(args.repeat), "--threads",
                              str(args.threads)],
                             {"JAVA_HOME": h} if h else None))
        for env, flags in TORCH_SETTINGS:
            best(torch, run(["/usr/bin/python3", args.reference] + flags, env))
    print("| workload | metric | JDK | ste4j | PyTorch | ratio | target |")
    print("| --- | --- | --- | ---: | ---: | ---: | ---: |")
    for w in ["gemm", "bnn-mlp", "bnn-vgg-small", "binary-dense"]:
        for h in homes:
            metric, s = ste[h][w]
            t = torch[w][1]
            print(f"| {w} | {metric} | {os.path.basename(h) or 'java'} | {s:,.1f} | {t:,.1f} | {s / t:.2f} | "
                  f"≥ {TARGETS[w]} |")


if __name__ == "__main__":
    main()
