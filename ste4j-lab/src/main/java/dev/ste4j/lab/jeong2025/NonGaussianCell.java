package dev.ste4j.lab.jeong2025;

/**
 * Recovery at one (distribution, normalisation, N).
 *
 * @param distribution the input distribution
 * @param normalization what was done to the inputs
 * @param sampleSize N
 * @param trials trials run
 * @param lastSuccesses trials with Q(w_T) = w*
 * @param averagedSuccesses trials with Q(w̄_T) = w*
 * @param meanLastDistance mean Hamming distance of Q(w_T) to w*
 */
public record NonGaussianCell(InputDistribution distribution, Normalization normalization, int sampleSize, int trials,
                              int lastSuccesses, int averagedSuccesses, double meanLastDistance) {

  public double lastRate() {
    return (double) lastSuccesses / trials;
  }

  public double averagedRate() {
    return (double) averagedSuccesses / trials;
  }
}
