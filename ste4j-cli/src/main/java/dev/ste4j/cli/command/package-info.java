/**
 * The subcommands of {@code ste} that are not big enough for a package of their own, {@code ste --version}, and the
 * option mixins shared by commands in several packages: {@link dev.ste4j.cli.command.RunOptions} ({@code --seed},
 * {@code --out} and the run-folder lifecycle) and {@link dev.ste4j.cli.command.ThreadsOption} ({@code --threads}).
 */
package dev.ste4j.cli.command;
