package dev.ste4j.lab.yin2019.deep;

import dev.ste4j.nn.quantizer.SteVariant;
import java.util.Optional;

/**
 * The numbers of Yin et al.'s Table 1: final training loss and validation accuracy (%) per network, activation bits
 * and STE, as printed in the paper (camera-ready version).
 */
public final class PaperTable1 {

  /** One cell of the table. */
  public record Cell(double trainLoss, double accuracyPercent) {}

  // rows: network, bits; columns identity, relu, clipped_relu; each {loss, accuracy %}
  private static final double[][][] LENET5 = {
      {{2.6e-2, 98.49}, {5.1e-3, 99.24}, {5.4e-3, 99.23}},
      {{6.0e-3, 98.98}, {9.0e-4, 99.32}, {8.8e-4, 99.24}}};
  private static final double[][][] VGG11 = {
      {{0.19, 86.58}, {0.10, 88.69}, {0.02, 90.92}},
      {{3.1e-2, 90.19}, {1.5e-3, 92.01}, {1.3e-3, 92.08}}};
  private static final double[][][] RESNET20 = {
      {{1.56, 46.52}, {1.50, 48.05}, {0.24, 88.39}},
      {{1.38, 54.16}, {0.25, 86.59}, {0.04, 91.24}}};

  private PaperTable1() {}

  /** The paper's cell, or empty for a combination it does not report (bits other than 2 and 4). */
  public static Optional<Cell> lookup(DeepNetwork network, int bits, SteVariant ste) {
    int row = switch (bits) {
      case 2 -> 0;
      case 4 -> 1;
      default -> -1;
    };
    if (row < 0) {
      return Optional.empty();
    }
    double[][][] table = switch (network) {
      case LENET5 -> LENET5;
      case VGG11 -> VGG11;
      case RESNET20 -> RESNET20;
    };
    double[] c = table[row][ste.ordinal()];
    return Optional.of(new Cell(c[0], c[1]));
  }
}
