package dev.ste4j.lab.yin2019;

import dev.ste4j.nn.quantizer.SteVariant;

/** The descent ratio of {@link Alignment} at θ = π − gap with v at the spurious minimizer (experiment (b)). */
public record InstabilityRatio(int m, SteVariant ste, double gap, double ratio) {}
