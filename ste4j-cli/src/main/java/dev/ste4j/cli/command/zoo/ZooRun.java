package dev.ste4j.cli.command.zoo;

import java.util.List;

/**
 * One training run behind a zoo card: a seed of the recipe as {@code ste train} ran it.
 *
 * @param seed the run's seed
 * @param testAccuracy the final test accuracy, a fraction
 * @param epochs the epochs it trained
 * @param seconds its wall time
 * @param arguments the {@code ste} arguments that ran it, as run.json records them
 */
public record ZooRun(long seed, double testAccuracy, int epochs, double seconds, List<String> arguments) {

  public ZooRun {
    arguments = List.copyOf(arguments);
  }
}
