package dev.ste4j.nn.schedule;

import java.util.Arrays;

/**
 * Step decay: the factor is multiplied by γ at each milestone epoch.
 *
 * <pre>  factor(step) = γ^k,  k = number of milestones m with m·stepsPerEpoch ≤ step</pre>
 * Milestones are in epochs (a milestone of 30 decays before the first step of epoch 30, counting from 0) and must be
 * strictly increasing and positive.
 */
public record MultiStepSchedule(int[] milestoneEpochs, double gamma, int stepsPerEpoch) implements Schedule {

  public MultiStepSchedule {
    milestoneEpochs = milestoneEpochs.clone();
    for (int i = 0; i < milestoneEpochs.length; i++) {
      if (milestoneEpochs[i] <= 0 || (i > 0 && milestoneEpochs[i] <= milestoneEpochs[i - 1])) {
        throw new IllegalArgumentException("multistep: milestones must be positive and strictly increasing, got "
            + Arrays.toString(milestoneEpochs));
      }
    }
    if (!(gamma > 0 && gamma <= 1) || stepsPerEpoch < 1) {
      throw new IllegalArgumentException("multistep: need 0 < gamma ≤ 1 and at least one step per epoch; got gamma="
          + gamma + " stepsPerEpoch=" + stepsPerEpoch);
    }
  }

  @Override
  public double factor(long step) {
    int k = 0;
    for (int m : milestoneEpochs) {
      if ((long) m * stepsPerEpoch <= step) {
        k++;
      }
    }
    return Math.pow(gamma, k);
  }
}
