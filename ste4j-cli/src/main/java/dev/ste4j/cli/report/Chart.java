package dev.ste4j.cli.report;

/**
 * A chart described by its data and a few choices (axes, legend, series styles), independent of the library that
 * draws it: {@link XyChart}, {@link BarChart} or {@link HeatMap}. Build one with {@link Charts}; {@link Charts#png}
 * and {@link Charts#svg} draw it, and {@link RunFolder#plot} writes both.
 */
public sealed interface Chart permits XyChart, BarChart, HeatMap {

  /** The title drawn above the chart. */
  String title();
}
