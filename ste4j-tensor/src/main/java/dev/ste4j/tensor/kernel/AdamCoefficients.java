package dev.ste4j.tensor.kernel;

/**
 * The per-step scalars of one Adam/AdamW update ({@link Kernels#adamStep}), computed once per step by the optimizer.
 * Every kernel applies them in the same order, in double, without fused multiply-adds, so the vector and scalar
 * updates are bitwise equal:
 *
 * <pre>
 *   g = grad + l2·w
 *   m = (float)(beta1·m + (1−beta1)·g)          v = (float)(beta2·v + ((1−beta2)·g)·g)
 *   w = (float)(w·shrink − (rate·(m / bc1)) / (√(v / bc2) + eps))
 * </pre>
 *
 * @param beta1  first-moment decay
 * @param beta2  second-moment decay
 * @param l2     L2 weight decay added to the gradient (0 for AdamW)
 * @param shrink decoupled decay factor 1 − rate·λ (1 for Adam)
 * @param rate   the step's learning rate
 * @param bc1    bias correction 1 − beta1ᵗ
 * @param bc2    bias correction 1 − beta2ᵗ
 * @param eps    the denominator's guard
 */
public record AdamCoefficients(
    double beta1, double beta2, double l2, double shrink, double rate, double bc1, double bc2, double eps) {}
