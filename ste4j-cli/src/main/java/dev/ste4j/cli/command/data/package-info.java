/** {@code ste data list} and {@code ste data fetch}: the datasets, where they are, and getting them. */
package dev.ste4j.cli.command.data;
