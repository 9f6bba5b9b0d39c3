/**
 * The {@code ste lab <paper> <experiment>} commands, one package per paper ({@code yin2019}, {@code jeong2025},
 * {@code shekhovtsov2021}), each holding the paper's commands, its report views and its section of
 * {@code ste reproduce}. Each command builds a paper's typed experiment configuration from its options (an option
 * not given takes the value of the configuration's quick scale, that of {@code ste reproduce --quick}), runs it, and
 * writes a run folder with CSV/JSON results, plots and report.html.
 */
package dev.ste4j.cli.command.lab;
