package dev.ste4j.cli.command.lab;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.Ste;
import java.util.Arrays;
import picocli.CommandLine;
import picocli.CommandLine.ParseResult;

/** Test helper: parses a rerun command line ({@code ste lab …}) as {@code ste} would and returns the command object. */
public final class RerunCommands {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RerunCommands() {}

  /** The innermost subcommand's object after parsing {@code line} (which starts with "ste "). */
  public static Object parse(String line) {
    String[] words = line.split(" ");
    if (!words[0].equals("ste")) {
      throw new IllegalArgumentException("not a ste command: " + line);
    }
    CommandLine cl = Ste.commandLine();
    ParseResult r = cl.parseArgs(Arrays.copyOfRange(words, 1, words.length));
    while (r.hasSubcommand()) {
      r = r.subcommand();
    }
    return r.commandSpec().userObject();
  }

  /** A configuration record as JSON (every component, arrays and nested records included), to compare two. */
  public static String json(Record config) {
    try {
      String json = JSON.writeValueAsString(config);
      if (!json.contains("\"seed\":")) {
        throw new IllegalStateException("the configuration did not serialize its components: " + json);
      }
      return json;
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
