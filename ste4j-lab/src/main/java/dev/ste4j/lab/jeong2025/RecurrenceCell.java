package dev.ste4j.lab.jeong2025;

/**
 * Recurrence statistics at one (s, N), averaged over trials. "The optimum" is Q(w) = w*, i.e. d_t = 0.
 *
 * @param noise the label-noise standard deviation s
 * @param sampleSize N
 * @param trials trials run
 * @param reached trials that reached the optimum at least once
 * @param stayed trials that reached it and never left again
 * @param meanFractionAtOptimum mean fraction of iterations 1..T spent at the optimum
 * @param meanReturns mean number of returns to the optimum after the first hit
 * @param meanDepartures mean number of escapes from the optimum
 * @param meanReturnTime mean length of completed excursions away from the optimum, in iterations, over all excursions
 *     of all trials (NaN when there was none)
 * @param meanFirstHit mean first hitting time over the trials that reached the optimum (NaN when none did)
 */
public record RecurrenceCell(double noise, int sampleSize, int trials, int reached, int stayed,
                             double meanFractionAtOptimum, double meanReturns, double meanDepartures,
                             double meanReturnTime, double meanFirstHit) {}
