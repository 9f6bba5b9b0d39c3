/**
 * The {@code ste lab <paper> <experiment>} commands: each builds a paper's typed experiment configuration from its
 * options (defaults = the quick scale of {@code ste reproduce --quick}), runs it, and writes a run folder with CSV/JSON
 * results, plots and report.html.
 */
package dev.ste4j.cli.command.lab;
