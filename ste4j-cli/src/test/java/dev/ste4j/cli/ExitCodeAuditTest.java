package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.nn.data.store.Datasets;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine;

/**
 * Walks every registered {@code ste} command (from picocli's own model of the command tree, so a new command is
 * audited without being listed here) and gives it an unknown option and, for each option with a typed value (number,
 * enum), a value that is not of that type. Each must exit with code 2 and exactly one line on stderr that starts with
 * "ste: " and names the option, with no stack trace and no raw exception text. The counts are printed for
 * docs/RELIABILITY.md.
 */
class ExitCodeAuditTest {

  /** One invocation: exit code and everything written to stderr. */
  record Result(int code, String err) {}

  // One command line for every case (building it costs more than a case); picocli resets options on each parse.
  private static final CommandLine CL = Ste.commandLine();
  private static final StringWriter ERR = new StringWriter();

  static {
    CL.setOut(new PrintWriter(new StringWriter()));
    CL.setErr(new PrintWriter(ERR));
  }

  static Result run(List<String> args) {
    ERR.getBuffer().setLength(0);
    return new Result(CL.execute(args.toArray(String[]::new)), ERR.toString());
  }

  /** Every command with the arguments that reach it, e.g. [lab, yin2019, eval]. */
  static List<List<String>> commands(CommandLine cl, List<String> path) {
    List<List<String>> out = new ArrayList<>();
    out.add(path);
    for (Map.Entry<String, CommandLine> sub : cl.getSubcommands().entrySet()) {
      if (!sub.getKey().equals(sub.getValue().getCommandName())) {
        continue; // an alias
      }
      List<String> p = new ArrayList<>(path);
      p.add(sub.getKey());
      out.addAll(commands(sub.getValue(), p));
    }
    return out;
  }

  static CommandSpec spec(List<String> path) {
    CommandLine cl = CL;
    for (String name : path) {
      cl = cl.getSubcommands().get(name);
    }
    return cl.getCommandSpec();
  }

  /** A value that the option's type cannot take, or null when any string is of its type. */
  static String invalidValue(OptionSpec o) {
    if (o.arity().max() == 0) {
      return null;
    }
    Class<?> t = o.type();
    if (t == int.class || t == Integer.class || t == long.class || t == Long.class || t == double.class
        || t == Double.class || t == float.class || t == Float.class) {
      return "abc";
    }
    if (t.isEnum()) {
      return "no_such_value";
    }
    return null;
  }

  static List<String> problems(Result r, String option) {
    List<String> problems = new ArrayList<>();
    List<String> lines = r.err().lines().toList();
    if (r.code() != 2) {
      problems.add("exit code " + r.code());
    }
    if (lines.size() != 1) {
      problems.add(lines.size() + " lines on stderr");
    }
    if (lines.isEmpty() || !lines.get(0).startsWith("ste: ")) {
      problems.add("no 'ste: ' prefix");
    }
    if (!r.err().contains(option)) {
      problems.add("the option is not named");
    }
    if (r.err().contains("Exception") || r.err().contains("\tat ") || r.err().contains("For input string")) {
      problems.add("raw exception text");
    }
    return problems;
  }

  @Test
  void everyCommandRejectsUnknownOptionsAndMistypedValuesWithExitCode2AndOneLine() {
    List<String> failures = new ArrayList<>();
    int cases = 0;
    int commands = 0;
    for (List<String> path : commands(CL, List.of())) {
      commands++;
      List<String> args = new ArrayList<>(path);
      args.add("--no-such-option");
      cases++;
      Result r = run(args);
      List<String> p = problems(r, "--no-such-option");
      if (!p.isEmpty()) {
        failures.add(String.join(" ", args) + ": " + p + "\n" + r.err());
      }
      for (OptionSpec o : spec(path).options()) {
        String bad = invalidValue(o);
        if (bad == null) {
          continue;
        }
        args = new ArrayList<>(path);
        args.add(o.longestName());
        args.add(bad);
        cases++;
        r = run(args);
        p = problems(r, o.longestName());
        if (!p.isEmpty()) {
          failures.add(String.join(" ", args) + ": " + p + "\n" + r.err());
        }
      }
    }
    System.out.printf("cli-audit %d commands, %d cases: %d exit 2 with one line naming the option, %d other%n",
        commands, cases, cases - failures.size(), failures.size());
    assertThat(failures).isEmpty();
  }

  /** Every dataset, absent from the data folder: exit 2 and one line that says how to get it. */
  @Test
  void missingDatasetsSayHowToGetThem(@TempDir Path empty) {
    for (String name : Datasets.names()) {
      Result r = run(List.of("train", "--model", "mlp", "--data", name, "--data-dir", empty.toString(), "--out",
          empty.resolve("runs").toString()));
      assertThat(r.code()).as(name + ": " + r.err()).isEqualTo(2);
      assertThat(r.err().lines().toList()).as(r.err()).hasSize(1);
      assertThat(r.err()).as(name).contains("ste data fetch " + name).contains(empty.toString());
    }
  }

  /** Values of the right type that the command cannot use: each names the option on one line, exit 2. */
  @Test
  void impossibleValuesNameTheOption() {
    String[][] cases = {
        {"--at", "quantizer", "ste_sign", "--at", "abc"},
        {"--at", "quantizer", "ste_sign", "--at", "1,,2"},
        {"--input-shape", "summary", "--model", "mlp", "--input-shape", "3x"},
        {"--input-shape", "summary", "--model", "mlp", "--input-shape", "0x4"},
        {"--only", "reproduce", "--only", "bogus"},
    };
    for (String[] c : cases) {
      Result r = run(List.of(c).subList(1, c.length));
      assertThat(problems(r, c[0])).as(String.join(" ", c) + "\n" + r.err()).isEmpty();
    }
  }
}
