/**
 * {@code ste sweep}: a named experiment grid or a {@code ste train} grid from YAML, run on an engine of
 * {@link dev.ste4j.lab.sweep} (local threads, or Spark with the ste4j-spark module), with per-cell results stored
 * atomically for {@code --resume}, and results files that are the same byte for byte on every engine.
 */
package dev.ste4j.cli.command.sweep;
