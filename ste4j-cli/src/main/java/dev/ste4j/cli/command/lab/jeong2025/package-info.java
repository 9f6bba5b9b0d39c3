/**
 * {@code ste lab jeong2025 …}: the finite-sample STE laboratory of Jeong, Xin and Yin (2025) on the command line —
 * {@code phase}, {@code recurrence} and {@code nongaussian}, each writing a run folder — and the paper's section of
 * {@code ste reproduce} ({@link dev.ste4j.cli.command.lab.jeong2025.Jeong2025Section}). The reports are shared by
 * both; the mathematics lives in {@link dev.ste4j.lab.jeong2025}.
 */
package dev.ste4j.cli.command.lab.jeong2025;
