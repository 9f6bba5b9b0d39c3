#!/usr/bin/env python3
"""How ste4j and PyTorch scale with threads and problem size: the scaling table of BENCHMARKS.md.

Usage (from the repository root):  /usr/bin/python3 bench/scaling.py [--repeat 3]

For each workload and size, runs `./ste bench` with 1 and 2 threads (best of --repeat runs in one JVM) and calls the
functions of shared/bench/pytorch_reference.py with torch.set_num_threads(T) and OPENBLAS_NUM_THREADS=T, T = 1, 2.
Prints a Markdown table: values and the two-thread speed-up of each side.
"""
import argparse
import os
import re
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
REFERENCE_DIR = os.path.join(ROOT, "..", "shared", "bench")
LINE = re.compile(r"workload=\S+ metric=\S+ value=([0-9.]+)")

# (workload, label, ste4j options, PyTorch expression over the reference module r)
CASES = [
    ("gemm", "n = 256", ["--width", "256"], "r.time_gemm(n=256)"),
    ("gemm", "n = 1024", [], "r.time_gemm(n=1024)"),
    ("gemm", "n = 2048", ["--width", "2048"], "r.time_gemm(n=2048)"),
    ("bnn-mlp", "batch 64", ["--batch", "64"], "r.time_training(r.bnn_mlp(), (784,), batch=64, steps=20)"),
    ("bnn-mlp", "batch 256", [], "r.time_training(r.bnn_mlp(), (784,), batch=256, steps=20)"),
    ("bnn-mlp", "batch 1024", ["--batch", "1024"], "r.time_training(r.bnn_mlp(), (784,), batch=1024, steps=20)"),
    ("bnn-vgg-small", "batch 16", ["--batch", "16"],
     "r.time_training(r.bnn_vgg_small(), (3, 32, 32), batch=16, steps=5)"),
    ("bnn-vgg-small", "batch 64", [], "r.time_training(r.bnn_vgg_small(), (3, 32, 32), batch=64, steps=5)"),
    ("binary-dense", "batch 16", ["--batch", "16"], "r.time_binary_dense(batch=16)"),
    ("binary-dense", "batch 64", [], "r.time_binary_dense(batch=64)"),
    ("binary-dense", "batch 256", ["--batch", "256"], "r.time_binary_dense(batch=256)"),
]


def ste(workload, options, threads, repeat):
    cmd = ["./ste", "bench", "--workload", workload, "--threads", str(threads), "--repeat", str(repeat)] + options
    out = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, check=True).stdout
    return float(LINE.search(out).group(1))


def torch(expression, threads):
    code = (f"import sys; sys.path.insert(0, {REFERENCE_DIR!r}); import torch; torch.set_num_threads({threads}); "
            f"import pytorch_reference as r; print({expression})")
    env = dict(os.environ, OPENBLAS_NUM_THREADS=str(threads))
    out = subprocess.run(["/usr/bin/python3", "-c", code], env=env, capture_output=True, text=True, check=True).stdout
    return float(out.strip().splitlines()[-1])


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--repeat", type=int, default=3)
    args = p.parse_args()
    print("| workload | size | ste4j 1 thread | ste4j 2 threads | speed-up | PyTorch 1 thread | PyTorch 2 threads "
          "| speed-up |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |")
    for workload, label, options, expression in CASES:
        s1, s2 = (ste(workload, options, t, args.repeat) for t in (1, 2))
        t1, t2 = (torch(expression, t) for t in (1, 2))
        print(f"| {workload} | {label} | {s1:,.1f} | {s2:,.1f} | {s2 / s1:.2f} | {t1:,.1f} | {t2:,.1f} | "
              f"{t2 / t1:.2f} |", flush=True)
        sys.stderr.write(f"{workload} {label}: ste4j {s1} / {s2}, PyTorch {t1} / {t2}\n")


if __name__ == "__main__":
    main()
