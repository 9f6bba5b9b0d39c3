package dev.ste4j.lab.yin2019;

/** The descent ratio of {@link Alignment} at θ = π − gap with v at the spurious minimizer (experiment (b)). */
public record InstabilityRatio(int m, Estimator ste, double gap, double ratio) {}
