/**
 * {@code ste reproduce}: the papers' experiments as {@link dev.ste4j.cli.reproduce.ReproduceSection}s, listed in
 * {@link dev.ste4j.cli.reproduce.ReproduceSections#all}, run at a {@link dev.ste4j.cli.reproduce.Scale} into one run
 * folder and one HTML report by {@link dev.ste4j.cli.reproduce.ReproduceCommand}. The built-in first section records
 * the environment and measures the active kernels; each paper's section lives beside its commands in
 * {@code dev.ste4j.cli.command.lab.<paper>}.
 */
package dev.ste4j.cli.reproduce;
