package dev.ste4j.lab.jeong2025;

/**
 * The distance series d_0 … d_T of one trial (trial 0) at one (s, N), for plotting.
 *
 * @param noise s
 * @param sampleSize N
 * @param distance d_t, the Hamming distance between Q(w_t) and w*
 */
public record RecurrenceTrace(double noise, int sampleSize, int[] distance) {}
