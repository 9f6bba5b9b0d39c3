package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.List;

/**
 * One curve of Figure 2: the training with the {@code continued} STE started from the minimum found with {@code from}.
 *
 * @param from the STE that found the starting minimum
 * @param continued the STE the training continues with (the paper's Figure 2: identity)
 * @param points epoch 0 (the minimum itself), then epochs 1..driftEpochs at the tiny rate, then the normal
 *     schedule's epochs, numbered on; training figures measured on the whole training set in evaluation mode
 * @param driftEpochs the number of tiny-rate epochs
 */
public record Figure2Curve(SteVariant from, SteVariant continued, List<EpochPoint> points, int driftEpochs) {

  public Figure2Curve {
    points = List.copyOf(points);
  }

  /** The starting minimum's figures. */
  public EpochPoint start() {
    return points.get(0);
  }

  /** The figures after the last tiny-rate epoch. */
  public EpochPoint afterDrift() {
    return points.get(driftEpochs);
  }

  /** The figures at the end. */
  public EpochPoint end() {
    return points.get(points.size() - 1);
  }

  public Figure2Curve withoutTime() {
    return new Figure2Curve(from, continued, points.stream().map(EpochPoint::withoutTime).toList(), driftEpochs);
  }
}
