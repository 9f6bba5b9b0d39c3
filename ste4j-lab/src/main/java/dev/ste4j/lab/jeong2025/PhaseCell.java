package dev.ste4j.lab.jeong2025;

/**
 * One (n, N) cell of the phase diagram.
 *
 * @param dimension n
 * @param sampleSize N
 * @param trials trials run
 * @param lastSuccesses trials with Q(w_T) = w*
 * @param averagedSuccesses trials with Q(w̄_T) = w*
 * @param meanEvaluations mean coarse-gradient evaluations per trial
 * @param meanLastDistance mean Hamming distance of Q(w_T) to w*
 */
public record PhaseCell(int dimension, int sampleSize, int trials, int lastSuccesses, int averagedSuccesses,
                        double meanEvaluations, double meanLastDistance) {

  public double lastRate() {
    return (double) lastSuccesses / trials;
  }

  public double averagedRate() {
    return (double) averagedSuccesses / trials;
  }
}
