/**
 * {@code ste train} and {@code ste eval}: the training configuration (YAML file and command-line options), the run
 * folder with per-epoch metrics, learning curves, checkpoints and the record of interruptions, and the live progress
 * line.
 */
package dev.ste4j.cli.command.train;
