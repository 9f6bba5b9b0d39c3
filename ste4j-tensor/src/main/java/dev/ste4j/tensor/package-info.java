/**
 * Tensors ({@link dev.ste4j.tensor.Tensor}, {@link dev.ste4j.tensor.Shape}) and define-by-run reverse-mode autograd
 * ({@link dev.ste4j.tensor.Autograd}, {@link dev.ste4j.tensor.NoGrad}).
 */
package dev.ste4j.tensor;
