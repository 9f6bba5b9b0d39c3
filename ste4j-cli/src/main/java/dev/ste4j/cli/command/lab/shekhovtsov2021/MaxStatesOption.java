package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.UserError;
import dev.ste4j.lab.shekhovtsov2021.EnumerationLimit;
import dev.ste4j.lab.shekhovtsov2021.EnumerationTooLargeException;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Option;

/**
 * {@code --max-states N} (a picocli mixin) of the commands that enumerate hidden states exactly: the largest
 * enumeration they may start, 2^26 states (about two minutes) by default. A larger one is refused with its size and
 * estimated time, naming this option.
 */
public final class MaxStatesOption {

  @Option(names = "--max-states", paramLabel = "N",
      description = "Largest number of hidden states one exact enumeration may visit (default 2^26 = 67108864, "
          + "about two minutes; 2^20 states take about 2 s); larger sizes are refused.")
  Long maxStates;

  /**
   * Checks every enumeration {@code body} will make (each a number of stochastic bits) against the limit, then runs
   * it: a refusal costs no time, even when the refused size comes after smaller ones.
   */
  public <T> T run(IntStream bits, Callable<T> body) throws Exception {
    return run(() -> {
      bits.forEach(EnumerationLimit::check);
      return body.call();
    });
  }

  /** Runs {@code body} under the limit given (or the default); a refused size becomes a usage error. */
  public <T> T run(Callable<T> body) throws Exception {
    long limit = maxStates == null ? EnumerationLimit.DEFAULT_MAX_STATES : maxStates;
    if (limit < 1) {
      throw new UserError("--max-states must be at least 1, got " + limit);
    }
    long previous = EnumerationLimit.maxStates();
    EnumerationLimit.setMaxStates(limit);
    try {
      return body.call();
    } catch (EnumerationTooLargeException e) {
      throw new UserError(e.describe("--max-states " + e.states()), e);
    } finally {
      EnumerationLimit.setMaxStates(previous);
    }
  }
}
