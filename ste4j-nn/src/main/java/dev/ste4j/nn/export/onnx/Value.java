package dev.ste4j.nn.export.onnx;

/**
 * A tensor of the graph being built: its name and rank (batch axis included), which per-channel constants need to
 * broadcast over it.
 *
 * @param name the value name
 * @param rank 2 for [N, C], 4 for [N, C, H, W]
 */
record Value(String name, int rank) {}
