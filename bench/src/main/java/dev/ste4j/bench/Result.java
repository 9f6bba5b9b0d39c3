package dev.ste4j.bench;

import java.util.Locale;

/** One measured figure of a workload, printed exactly like the PyTorch reference script prints its own. */
public record Result(String workload, String metric, double value, int decimals) {

  /** {@code workload=<name> metric=<name> value=<number>}. */
  public String line() {
    return String.format(Locale.ROOT, "workload=%s metric=%s value=%." + decimals + "f", workload, metric, value);
  }
}
