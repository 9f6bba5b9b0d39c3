/**
 * The {@code ste} command line: {@link dev.ste4j.cli.Ste} (root), {@link dev.ste4j.cli.Commands} (the one list of
 * subcommands), {@link dev.ste4j.cli.ErrorHandler} and {@link dev.ste4j.cli.UserError} (bad input → one line, exit
 * 2), {@link dev.ste4j.cli.Invocation} (the arguments being executed) and {@link dev.ste4j.cli.Progress} (progress of
 * long work on stderr).
 */
package dev.ste4j.cli;
