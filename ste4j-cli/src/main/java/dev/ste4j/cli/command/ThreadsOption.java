package dev.ste4j.cli.command;

import dev.ste4j.cli.UserError;
import dev.ste4j.tensor.kernel.Parallel;
import picocli.CommandLine.Option;

/**
 * The {@code --threads} option, shared as a picocli {@code @Mixin} by the commands that run parallel work. A command
 * applies it with {@code try (Parallel.Scope s = threads.scope()) { … }}, so the count is restored however it ends.
 */
public final class ThreadsOption {

  @Option(names = "--threads", paramLabel = "N",
      description = "Threads for parallel work (default: all cores). Results do not depend on it.")
  Integer threads;

  /** Whether the user gave {@code --threads}. */
  public boolean given() {
    return threads != null;
  }

  /**
   * The thread count: {@code --threads}, else {@link Parallel#threads()}.
   *
   * @throws UserError if {@code --threads} is below 1
   */
  public int count() {
    if (threads == null) {
      return Parallel.threads();
    }
    if (threads < 1) {
      throw new UserError("--threads must be at least 1, got " + threads);
    }
    return threads;
  }

  /**
   * Sets the kernel thread count to {@link #count()} until the scope is closed (a count not given keeps the current
   * one); closing restores the count in force before.
   */
  public Parallel.Scope scope() {
    return Parallel.withThreads(count());
  }
}
