package dev.ste4j.cli.command.sweep;

import dev.ste4j.lab.jeong2025.TrialOutcome;
import dev.ste4j.lab.sweep.Sweep;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of the Jeong grids that is the same for each: one cell per trial, named and scaled, configured by the
 * lab's config, with a trial's outcome after the cell's coordinates in every row ({@link TrialColumns}).
 *
 * @param <C> a cell: one trial at its coordinates
 */
abstract class TrialGrid<C extends Serializable> implements SweepGrid<C, TrialOutcome> {

  private final String name;
  private final String scale;
  private final Sweep<C, TrialOutcome> sweep;
  private final Map<String, Object> described;
  private final long seed;
  private final List<String> coordinates;

  TrialGrid(String name, String scale, Sweep<C, TrialOutcome> sweep, Map<String, ?> described, long seed,
            String... coordinates) {
    this.name = name;
    this.scale = scale;
    this.sweep = sweep;
    this.described = new LinkedHashMap<>(described);
    this.seed = seed;
    this.coordinates = List.of(coordinates);
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final Map<String, Object> config() {
    return SweepGrid.config(name, scale, described);
  }

  @Override
  public final long seed() {
    return seed;
  }

  @Override
  public Sweep<C, TrialOutcome> sweep() {
    return sweep;
  }

  @Override
  public final List<String> columns() {
    return TrialColumns.after(coordinates.toArray(String[]::new));
  }

  @Override
  public final TrialOutcome parse(C cell, List<String> row) {
    return TrialColumns.parse(row, coordinates.size());
  }
}
