package dev.ste4j.nn.train;

import java.util.Map;

/**
 * What one epoch measured.
 *
 * @param epoch the epoch, counting from 1
 * @param step optimizer steps taken in the run so far
 * @param trainLoss mean training loss over the epoch's batches (with the weights as they were at each batch)
 * @param trainAccuracy training accuracy, likewise
 * @param testLoss loss on the evaluation data after the epoch; NaN without evaluation data
 * @param testAccuracy accuracy on the evaluation data after the epoch; NaN without it
 * @param rateFactor the schedule's factor at the epoch's last step
 * @param skippedBatches batches skipped for non-finite values
 * @param flipRatio fraction of 1-bit weights whose sign changed during the epoch; NaN without 1-bit weights
 * @param flipRatios flip ratio per 1-bit parameter
 * @param latentSaturation fraction of 1-bit latent weights outside the pass band |w| ≤ 1; NaN without 1-bit weights
 * @param extra further per-epoch figures from {@link ModelHooks} (saturation of pre-activations, gradient mismatch)
 * @param seconds wall time of the epoch including evaluation (the only figure that differs between identical runs)
 */
public record EpochStats(int epoch, long step, double trainLoss, double trainAccuracy, double testLoss,
                         double testAccuracy, double rateFactor, int skippedBatches, double flipRatio,
                         Map<String, Double> flipRatios, double latentSaturation, Map<String, Double> extra,
                         double seconds) {}
