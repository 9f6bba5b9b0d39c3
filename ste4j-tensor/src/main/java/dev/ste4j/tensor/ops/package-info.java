/**
 * Ops with their backward beside their forward: {@link dev.ste4j.tensor.ops.Elementwise},
 * {@link dev.ste4j.tensor.ops.Reduce}, {@link dev.ste4j.tensor.ops.Movement}, {@link dev.ste4j.tensor.ops.Linalg},
 * {@link dev.ste4j.tensor.ops.Conv}, {@link dev.ste4j.tensor.ops.Pool}, {@link dev.ste4j.tensor.ops.Norm},
 * {@link dev.ste4j.tensor.ops.Loss} and the {@link dev.ste4j.tensor.ops.StraightThrough} op.
 */
package dev.ste4j.tensor.ops;
