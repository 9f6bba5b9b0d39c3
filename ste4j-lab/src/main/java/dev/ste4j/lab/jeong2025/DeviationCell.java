package dev.ste4j.lab.jeong2025;

/**
 * The uniform deviation ρ at one (n, N), over independent samples.
 *
 * @param dimension n
 * @param sampleSize N
 * @param samples samples measured
 * @param median the median of ρ over the samples
 * @param lowerQuartile its 25 % quantile
 * @param upperQuartile its 75 % quantile
 * @param largest the largest ρ
 * @param exact whether every state was evaluated (else the search, a lower bound)
 * @param states binary states evaluated per sample
 */
public record DeviationCell(int dimension, int sampleSize, int samples, double median, double lowerQuartile,
                            double upperQuartile, double largest, boolean exact, long states) {}
