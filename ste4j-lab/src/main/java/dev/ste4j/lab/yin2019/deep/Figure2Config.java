package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;

/**
 * The Figure 2 protocol of Yin et al.: from the minima that the {@code minima.stes()} STEs reach at one bit width
 * (trained as in Table 1 by {@code minima}), continue training with each of the {@code continueStes} at the tiny
 * learning rate {@code driftLr} for {@code driftEpochs} epochs (paper: the identity STE at 1e-5 for 20 epochs, 4-bit
 * ResNet-20 from the ReLU and clipped-ReLU minima; its Figure 4: the ReLU STE from the 2-bit clipped-ReLU minimum),
 * then with the same STE and the normal schedule (the network's Table 2 schedule scaled to {@code thenEpochs}; paper:
 * 200 epochs) — recording training loss and test error per epoch.
 *
 * @param minima how the starting minima are trained; exactly one bit width
 * @param continueStes the STEs the training continues with, one curve per (minimum, STE); not empty, no repeats
 * @param driftEpochs epochs at the tiny learning rate, ≥ 1
 * @param driftLr the tiny learning rate (constant), &gt; 0
 * @param thenEpochs epochs of the normal schedule afterwards, ≥ 0 (0 stops after the drift)
 */
public record Figure2Config(Table1Config minima, List<SteVariant> continueStes, int driftEpochs, double driftLr,
                            int thenEpochs) {

  public Figure2Config {
    continueStes = List.copyOf(continueStes);
    if (continueStes.isEmpty() || continueStes.stream().distinct().count() != continueStes.size()) {
      throw new IllegalArgumentException("figure2: give one or more distinct continuation STEs, got " + continueStes);
    }
    if (minima.bits().size() != 1) {
      throw new IllegalArgumentException("figure2: give exactly one bit width, got " + minima.bits());
    }
    if (driftEpochs < 1 || !(driftLr > 0) || thenEpochs < 0) {
      throw new IllegalArgumentException("figure2: need drift epochs ≥ 1, drift lr > 0 and then-epochs ≥ 0; got "
          + driftEpochs + ", " + driftLr + ", " + thenEpochs);
    }
  }

  /** The paper's Figure 2 continuation: the identity STE only. */
  public Figure2Config(Table1Config minima, int driftEpochs, double driftLr, int thenEpochs) {
    this(minima, List.of(SteVariant.IDENTITY), driftEpochs, driftLr, thenEpochs);
  }

  /**
   * The paper's protocol for a network: 4-bit minima from the ReLU and clipped-ReLU STEs trained as in
   * {@link Table1Config#paper}, 20 epochs at 1e-5, then the network's full schedule.
   */
  public static Figure2Config paper(DeepNetwork network, long seed) {
    Table1Config m = Table1Config.paper(network, seed).withBits(List.of(4))
        .withStes(List.of(SteVariant.RELU, SteVariant.CLIPPED_RELU));
    return new Figure2Config(m, List.of(SteVariant.IDENTITY), 20, 1e-5, network.schedule().epochs());
  }

  /** The same protocol from the minima of another root seed. */
  public Figure2Config withSeed(long seed) {
    return new Figure2Config(minima.withSeed(seed), continueStes, driftEpochs, driftLr, thenEpochs);
  }

  /** The bit width of the minima. */
  public int bits() {
    return minima.bits().get(0);
  }

  /** The decay epochs of the normal-schedule phase. */
  public int[] thenMilestones() {
    return thenEpochs == 0 ? new int[0] : minima.network().schedule().milestonesFor(thenEpochs);
  }
}
