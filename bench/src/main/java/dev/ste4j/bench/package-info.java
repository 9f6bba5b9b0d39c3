/**
 * The workload runner compared with PyTorch ({@code shared/bench/WORKLOADS.md}, {@code pytorch_reference.py}): each
 * workload times exactly the reference script's work and reports one {@code workload=… metric=… value=…} line.
 * JMH micro-benchmarks of the kernels live in {@code dev.ste4j.bench.jmh}.
 */
package dev.ste4j.bench;
