package dev.ste4j.cli.report;

import java.awt.Graphics2D;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.TickUnit;

/**
 * A linear axis with ticks at 1/2/5 × 10^k ({@link NiceTickUnits}) spaced for reading, not packed: JFreeChart picks
 * the smallest spacing at which the labels do not touch, which puts 15 to 20 numbers on an axis; here a label claims
 * at least {@link #MIN_WIDTH} pixels across and {@link #MIN_HEIGHT} up.
 */
final class LinearAxis extends NumberAxis {

  static final double MIN_WIDTH = 70;
  static final double MIN_HEIGHT = 45;

  LinearAxis(String label, boolean integer) {
    super(label);
    setStandardTickUnits(new NiceTickUnits(integer));
    setAutoRangeIncludesZero(false);
  }

  @Override
  protected double estimateMaximumTickLabelWidth(Graphics2D g2, TickUnit unit) {
    return Math.max(MIN_WIDTH, super.estimateMaximumTickLabelWidth(g2, unit));
  }

  @Override
  protected double estimateMaximumTickLabelHeight(Graphics2D g2) {
    return Math.max(MIN_HEIGHT, super.estimateMaximumTickLabelHeight(g2));
  }
}
