package dev.ste4j.tensor;

/** One recorded op in the autograd graph: its name, its inputs in order and its backward. */
record Node(String op, Tensor[] inputs, Backward backward) {}
