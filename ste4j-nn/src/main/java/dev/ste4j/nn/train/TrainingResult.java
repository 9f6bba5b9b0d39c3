package dev.ste4j.nn.train;

import java.util.List;

/**
 * The outcome of a run: every epoch's figures (including those before a resume) and the final evaluation.
 *
 * @param history per-epoch figures, epoch 1 first
 * @param steps optimizer steps taken in the whole run
 * @param testLoss final loss on the evaluation data; NaN without it
 * @param testAccuracy final accuracy on the evaluation data; NaN without it
 */
public record TrainingResult(List<EpochStats> history, long steps, double testLoss, double testAccuracy) {}
