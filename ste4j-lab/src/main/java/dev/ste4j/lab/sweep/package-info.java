/**
 * Sweeps: grids of independent, seeded cells run by an engine ({@link dev.ste4j.lab.sweep.LocalEngine} in-process,
 * or another found through {@link java.util.ServiceLoader}, e.g. ste4j-spark's Spark engine).
 *
 * <p>A cell's result is a pure function of the sweep's configuration and the cell, whose seed comes from its
 * coordinates; engines return results by cell index, so a grid's results are the same, bit for bit, on every engine,
 * for any thread or executor count, and after a cell is run again.
 */
package dev.ste4j.lab.sweep;
