/** The subcommands of {@code ste} that are not big enough for a package of their own, and {@code ste --version}. */
package dev.ste4j.cli.command;
