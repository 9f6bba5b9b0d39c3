package dev.ste4j.lab.yin2019;

/**
 * One curve of experiment (d), for one sample size N.
 *
 * @param samples N
 * @param empiricalLoss the empirical loss after the step, per η
 * @param populationLoss the population loss after the same step, per η
 * @param patternChanges the number of η intervals over which some activation σ(Z⁽ᵏ⁾w) flips — each flip is a jump
 *     of the empirical loss, which is otherwise smooth (quadratic in v) along the line
 * @param largestChange the largest change of the empirical loss between neighboring η values
 */
public record OneStepCurve(
    int samples, double[] empiricalLoss, double[] populationLoss, int patternChanges, double largestChange) {}
