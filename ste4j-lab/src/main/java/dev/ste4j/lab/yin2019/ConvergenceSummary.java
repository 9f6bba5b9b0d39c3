package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/**
 * The outcome counts of experiment (a) for one (mode, start, STE): the fraction of runs that reached a global
 * minimizer, the spurious minimizer, or neither, the median final population loss and the median final θ.
 */
public record ConvergenceSummary(
    String mode, String start, SteVariant ste, int runs, double global, double spurious, double other,
    double medianFinalLoss, double medianFinalTheta) {}
