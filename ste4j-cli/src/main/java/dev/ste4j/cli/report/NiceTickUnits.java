package dev.ste4j.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.FieldPosition;
import java.text.NumberFormat;
import java.text.ParsePosition;
import java.util.Locale;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.axis.TickUnit;
import org.jfree.chart.axis.TickUnitSource;

/**
 * Tick spacings for a linear axis at 1, 2 and 5 × 10^k only, each labelled in one format: as many decimals as the
 * spacing needs (0.05 → "0.00, 0.05, 0.10"), the same for every tick of the axis, and never "-0". An integer axis
 * starts at a spacing of 1.
 */
final class NiceTickUnits implements TickUnitSource {

  private static final int[] MANTISSAS = {1, 2, 5};

  private final boolean integer;

  NiceTickUnits(boolean integer) {
    this.integer = integer;
  }

  @Override
  public TickUnit getLargerTickUnit(TickUnit unit) {
    return unit(next(unit.getSize() * 1.000001));
  }

  @Override
  public TickUnit getCeilingTickUnit(TickUnit unit) {
    return getCeilingTickUnit(unit.getSize());
  }

  @Override
  public TickUnit getCeilingTickUnit(double size) {
    return unit(next(size));
  }

  /** The smallest 1/2/5 × 10^k at least {@code size} (at least 1 on an integer axis). */
  double next(double size) {
    if (!(size > 0) || !Double.isFinite(size)) {
      size = 1;
    }
    if (integer && size <= 1) {
      return 1;
    }
    int k = (int) Math.floor(Math.log10(size));
    for (int e = k - 1; e <= k + 1; e++) {
      for (int m : MANTISSAS) {
        double v = BigDecimal.valueOf(m).scaleByPowerOfTen(e).doubleValue();
        if (v >= size * (1 - 1e-12)) {
          return v;
        }
      }
    }
    return BigDecimal.ONE.scaleByPowerOfTen(k + 2).doubleValue();
  }

  private static NumberTickUnit unit(double size) {
    return new NumberTickUnit(size, new Format(size), 0);
  }

  /**
   * Formats a tick value with the decimals its spacing needs; far from 1 it writes every label as a whole multiple of
   * the spacing's power of ten ("8e-5, 10e-5, 12e-5").
   */
  static final class Format extends NumberFormat {
    private final double step;
    private final int decimals;
    private final boolean scientific;
    private final int exponent;

    Format(double step) {
      this.step = step;
      int k = (int) Math.floor(Math.log10(step) + 1e-9);
      this.decimals = Math.max(0, -k);
      this.scientific = k >= 6 || k <= -5;
      this.exponent = k;
    }

    @Override
    public StringBuffer format(double v, StringBuffer to, FieldPosition pos) {
      if (Math.abs(v) < step * 1e-6) {
        v = 0; // a tick at zero computed as -1e-17 reads "0.00", not "-0.00"
      }
      if (scientific) {
        // Every label a whole multiple of the spacing's power of ten: "8e-5, 10e-5, 12e-5", one format throughout.
        long multiple = Math.round(v / Math.pow(10, exponent));
        return to.append(multiple == 0 ? "0" : multiple + "e" + exponent);
      }
      return to.append(BigDecimal.valueOf(v).setScale(decimals, RoundingMode.HALF_EVEN).toPlainString());
    }

    @Override
    public StringBuffer format(long v, StringBuffer to, FieldPosition pos) {
      return format((double) v, to, pos);
    }

    @Override
    public Number parse(String source, ParsePosition pos) {
      pos.setIndex(source.length());
      return Double.parseDouble(source.toLowerCase(Locale.ROOT));
    }
  }
}
