package dev.ste4j.cli;

import java.util.List;

/**
 * The arguments of the {@code ste} command being executed, so that a run folder can record the exact command line
 * without every command passing it along. {@link Ste#commandLine()} sets it for the duration of each execution.
 */
public final class Invocation {

  private static volatile List<String> arguments = List.of();

  private Invocation() {}

  /** The arguments after {@code ste}, as typed; empty outside a command execution. */
  public static List<String> arguments() {
    return arguments;
  }

  static void set(List<String> args) {
    arguments = List.copyOf(args);
  }

  static void clear() {
    arguments = List.of();
  }
}
