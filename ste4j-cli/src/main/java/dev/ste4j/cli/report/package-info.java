/**
 * Results of a run: {@link dev.ste4j.cli.report.RunFolder} (one folder per run with run.json, CSV/JSON results,
 * PNG/SVG plots and report.html), {@link dev.ste4j.cli.report.Table}, {@link dev.ste4j.cli.report.Report} (the HTML
 * page and its sections), {@link dev.ste4j.cli.report.Charts} (charts in one house style, described by
 * {@link dev.ste4j.cli.report.XyChart}, {@link dev.ste4j.cli.report.BarChart} and {@link dev.ste4j.cli.report.HeatMap},
 * drawn with JFreeChart, SVG text kept as text),
 * {@link dev.ste4j.cli.report.MachineInfo} and {@link dev.ste4j.cli.report.AtomicFiles} (temp file, fsync, rename).
 *
 * <p>Typical use in a command:
 * <pre>{@code
 * RunFolder run = RunFolder.create(out, "lab yin2019 fig3", config, seed);
 * try {
 *   Table t = new Table("step", "loss");
 *   ... t.row(step, loss) ...
 *   run.writeTable("loss", t);
 *   XyChart chart = Charts.line("Training loss", "step", "loss");
 *   Charts.add(chart, "STE", t.column("step"), t.column("loss"));
 *   run.report().section("Loss").table(t).image(run.plot("loss", chart), "Loss per step");
 *   System.out.println(run.succeed());
 * } catch (Exception e) {
 *   run.fail(e);
 *   throw e;
 * }
 * }</pre>
 */
package dev.ste4j.cli.report;
