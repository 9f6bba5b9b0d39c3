/**
 * {@code ste lab yin2019 …}: the Yin et al. (ICLR 2019) laboratory on the command line — {@code eval} (closed forms
 * and empirical quantities at given points, JSON lines in and out) and the experiments {@code convergence},
 * {@code instability}, {@code alignment} and {@code figure1}, each writing a run folder with CSV/JSON tables, plots
 * and report.html; and the paper's section of {@code ste reproduce}. The mathematics lives in
 * {@link dev.ste4j.lab.yin2019}; these classes parse options and render results.
 */
package dev.ste4j.cli.command.lab.yin2019;
