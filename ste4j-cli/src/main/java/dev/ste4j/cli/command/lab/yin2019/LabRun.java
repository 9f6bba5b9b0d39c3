package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.command.RunOptions;

/**
 * The options every {@code ste lab yin2019} experiment shares ({@code --seed}, {@code --out}) and the run-folder
 * lifecycle around them, as {@link RunOptions} gives every command that writes a run folder; the experiments mix it
 * in as {@code @Mixin LabRun lab}.
 */
final class LabRun extends RunOptions {}
