/**
 * Kernels behind one interface: {@link dev.ste4j.tensor.kernel.ScalarKernels} (reference),
 * {@link dev.ste4j.tensor.kernel.VectorKernels} (JDK Vector API) and the bit-packed ±1 kernels
 * ({@link dev.ste4j.tensor.kernel.PackedBits}); {@link dev.ste4j.tensor.kernel.Parallel} splits work over output blocks.
 */
package dev.ste4j.tensor.kernel;
