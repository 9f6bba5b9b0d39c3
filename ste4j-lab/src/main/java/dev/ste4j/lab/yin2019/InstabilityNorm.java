package dev.ste4j.lab.yin2019;

/**
 * ‖E g_μ‖ of each STE at the spurious minimizer for one teacher of experiment (b).
 *
 * @param m patches
 * @param sumVStar 1ᵀv*
 * @param identity the computed ‖E g_id‖
 * @param paperIdentity the paper's value 2(m−1)(1ᵀv*)²/(√(2π)(m+1)²)
 * @param relu the computed ‖E g_relu‖ (0 in exact arithmetic)
 * @param clippedRelu the computed ‖E g_crelu‖ (0 in exact arithmetic)
 */
public record InstabilityNorm(
    int m, double sumVStar, double identity, double paperIdentity, double relu, double clippedRelu) {}
