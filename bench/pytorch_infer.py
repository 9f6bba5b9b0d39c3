#!/usr/bin/env python3
"""PyTorch's side of the inference workloads (shared/bench/WORKLOADS.md, "The user's path"): the same networks as
pytorch_reference.py, in float, in eval mode under torch.no_grad(), timed as `ste bench` times the exported
bit-packed models.

- infer-bnn-mlp: bnn-mlp predicting the 10,000 MNIST test images (pixels scaled to [0, 1] and standardized with the
  training split's mean and std, as pytorch_train_mnist.py prepares them) in batches of 1000; 2 warm-up and 3 timed
  passes.
- infer-bnn-vgg-small: bnn-vgg-small on one batch of 64 random 3x32x32 inputs; 2 warm-up and 20 timed passes.

Usage (from the repository root): /usr/bin/python3 bench/pytorch_infer.py [--threads 2]
       [--data-dir ~/.ste4j/data/mnist] [--workload all|infer-bnn-mlp|infer-bnn-vgg-small]
"""
import argparse
import os
import sys
import time

import torch

SHARED = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "shared", "bench")
sys.path.insert(0, SHARED)
import pytorch_reference as ref  # noqa: E402  (the networks, defined once there)
import pytorch_train_mnist as mnist  # noqa: E402  (its IDX reader)


def time_predict(model, batches, passes):
    model.eval()
    with torch.no_grad():
        for _ in range(2):
            for x in batches:
                model(x).argmax(1)
        t0 = time.perf_counter()
        for _ in range(passes):
            for x in batches:
                model(x).argmax(1)
    return sum(x.shape[0] for x in batches) * passes / (time.perf_counter() - t0)


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--threads", type=int, default=2)
    p.add_argument("--data-dir", default=os.path.expanduser("~/.ste4j/data/mnist"))
    p.add_argument("--workload", default="all")
    a = p.parse_args()
    torch.set_num_threads(a.threads)
    torch.manual_seed(0)
    if a.workload in ("all", "infer-bnn-mlp"):
        xtr = mnist.read_idx(a.data_dir, "train-images-idx3-ubyte").float().div_(255)
        xte = mnist.read_idx(a.data_dir, "t10k-images-idx3-ubyte").float().div_(255)
        xte = ((xte - xtr.mean()) / xtr.std()).reshape(-1, 784)
        v = time_predict(ref.bnn_mlp(), list(xte.split(1000)), 3)
        print(f"workload=infer-bnn-mlp metric=infer_samples_per_s value={v:.1f}")
    if a.workload in ("all", "infer-bnn-vgg-small"):
        v = time_predict(ref.bnn_vgg_small(), [torch.randn(64, 3, 32, 32)], 20)
        print(f"workload=infer-bnn-vgg-small metric=infer_samples_per_s value={v:.1f}")


if __name__ == "__main__":
    main()
