package dev.ste4j.lab.yin2019.deep;

import java.util.Arrays;

/**
 * A step schedule as Yin et al.'s Table 2 gives it: the learning rate starts at {@code lr} and is multiplied by
 * {@code gamma} at each milestone epoch.
 *
 * <p>A shorter (or longer) run scales the milestones proportionally: milestone m of an E₀-epoch schedule becomes
 * round(m·E/E₀) in an E-epoch run; milestones that land at 0 or at or after E, or on an earlier one, are dropped. So a
 * 5-epoch LeNet-5 run decays after epochs 2 and 4 (paper: 20 and 40 of 50), a 1-epoch run does not decay.
 *
 * @param epochs E₀, the paper's number of epochs
 * @param batch mini-batch size
 * @param lr initial learning rate
 * @param gamma decay factor at each milestone
 * @param milestones decay epochs of the E₀-epoch schedule, increasing
 */
public record PaperSchedule(int epochs, int batch, double lr, double gamma, int[] milestones) {

  public PaperSchedule {
    if (epochs < 1 || batch < 1 || !(lr > 0) || !(gamma > 0 && gamma <= 1)) {
      throw new IllegalArgumentException("schedule: need epochs ≥ 1, batch ≥ 1, lr > 0, 0 < gamma ≤ 1; got epochs="
          + epochs + " batch=" + batch + " lr=" + lr + " gamma=" + gamma);
    }
    milestones = milestones.clone();
  }

  @Override
  public int[] milestones() {
    return milestones.clone();
  }

  /** The milestones scaled to a run of {@code runEpochs} epochs (see the class comment). */
  public int[] milestonesFor(int runEpochs) {
    if (runEpochs < 1) {
      throw new IllegalArgumentException("schedule: a run needs at least one epoch, got " + runEpochs);
    }
    return Arrays.stream(milestones)
        .map(m -> (int) Math.round((double) m * runEpochs / epochs))
        .filter(m -> m >= 1 && m < runEpochs)
        .distinct()
        .toArray();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaperSchedule s && epochs == s.epochs && batch == s.batch && lr == s.lr && gamma == s.gamma
        && Arrays.equals(milestones, s.milestones);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(epochs, batch, lr, gamma) * 31 + Arrays.hashCode(milestones);
  }

  @Override
  public String toString() {
    return epochs + " epochs, batch " + batch + ", lr " + lr + ", ×" + gamma + " at epochs "
        + Arrays.toString(milestones);
  }
}
