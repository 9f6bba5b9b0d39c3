package dev.ste4j.cli.reproduce;

import picocli.CommandLine.Option;

/**
 * {@code --quick | --full}, for {@code ste reproduce} and {@code ste sweep}'s named grids; used as an exclusive
 * {@code @ArgGroup}, which picocli leaves null when neither is given.
 */
public final class ScaleOption {

  @Option(names = "--quick", description = "Small scale: minutes on a laptop (default).")
  boolean quick;

  @Option(names = "--full", description = "The papers' scale: hours.")
  boolean full;

  /** The scale chosen by an option group that picocli may have left null. */
  public static Scale of(ScaleOption given) {
    return given != null && given.full ? Scale.FULL : Scale.QUICK;
  }
}
