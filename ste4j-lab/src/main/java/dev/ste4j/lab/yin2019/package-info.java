/**
 * Yin, Lyu, Zhang, Osher, Qi, Xin — "Understanding Straight-Through Estimator in Training Activation Quantized Neural
 * Nets" (ICLR 2019, arXiv 1903.05662).
 *
 * <p>The model is the two-layer network y(Z; v, w) = vᵀσ(Zw) with the binary activation σ(x) = 1{x>0}, Gaussian input
 * Z ∈ R^{m×n} and a teacher (v*, w*) of the same form. This package holds, one concept per file:
 * <ul>
 *   <li>the closed forms in double precision — {@link dev.ste4j.lab.yin2019.PopulationLoss} (Lemmas 1–2),
 *       {@link dev.ste4j.lab.yin2019.ExpectedCoarseGradient} (Lemmas 9, 4, 7) with the clipped-ReLU integrals
 *       {@link dev.ste4j.lab.yin2019.ClippedReluIntegrals} (ξ, p, q by adaptive Gauss–Kronrod quadrature),
 *       {@link dev.ste4j.lab.yin2019.CriticalPoints} (Proposition 1) and {@link dev.ste4j.lab.yin2019.Alignment}
 *       (inner products, cosines, the descent ratio);
 *   <li>the empirical quantities on explicit samples — {@link dev.ste4j.lab.yin2019.EmpiricalLoss} (ℓ, ∂ℓ/∂v and the
 *       coarse gradient of Eq. 5);
 *   <li>Algorithm 1, coarse gradient descent, population and empirical —
 *       {@link dev.ste4j.lab.yin2019.CoarseGradientDescent};
 *   <li>the evaluation of all of these at given points from JSON lines — {@link dev.ste4j.lab.yin2019.EvalLines};
 *   <li>the experiments (typed configuration → typed result): coarse gradient descent from random starts, the
 *       identity-STE instability, alignment, and Figure 1.
 * </ul>
 * The deep-network experiments (Table 1, the Figure 2 protocol) are in {@link dev.ste4j.lab.yin2019.deep}.
 *
 * <p>Conventions used throughout: θ = θ(w, w*) ∈ [0, π] is computed as 2·atan2(‖ŵ − ŵ*‖, ‖ŵ + ŵ*‖), accurate near 0
 * and π; w* enters only through its direction ŵ* (the teacher is invariant to positive scaling of w*, and the paper
 * assumes ‖w*‖ = 1), so the closed forms are evaluated with ŵ*; w* = 0 is rejected. σ(0) = 0 and the STE
 * pseudo-derivatives at their kinks are μ'(0) = 0 (ReLU and clipped ReLU) and μ'(1) = 0 (clipped ReLU).
 */
package dev.ste4j.lab.yin2019;
