/**
 * The one run lifecycle of the commands that write a run folder ({@code ste lab …}, {@code ste reproduce},
 * {@code ste train}): {@link dev.ste4j.cli.run.RunLifecycle} creates or takes the folder, runs the command's work,
 * ends the run as succeeded or failed (run.json status, errors.log, report.html) and prints the work's
 * {@link dev.ste4j.cli.run.RunOutcome} with the exit code.
 */
package dev.ste4j.cli.run;
