package dev.ste4j.cli;

import dev.ste4j.nn.FuzzTally;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.tensor.random.Rng;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import picocli.CommandLine;

/**
 * Runs a JSON-lines command of {@code ste} (in this process, one command line reused) on {@link TextFuzz} mutants of a
 * valid input and tallies the outcomes. A correct load exits 0 and writes one output object per non-blank input line,
 * each passing {@code check}; the documented error exits 2 with one line on stderr, {@code ste: FILE…}, that names the
 * line ("line N", with the input's id when a result overflows) or says the file is not UTF-8 text. Anything else is recorded as "other".
 */
public final class JsonLinesFuzz {

  private static final ObjectMapper JSON = new ObjectMapper();

  private JsonLinesFuzz() {}

  /**
   * @param name the reader's name in the summary (and the seed's key)
   * @param valid a valid input, one JSON object per line
   * @param command the subcommand path, e.g. {@code lab yin2019 eval}; {@code --input FILE} is appended
   * @param check what every output object of a successful run must satisfy
   */
  public static FuzzTally run(Path dir, String name, String valid, List<String> command,
                                      Predicate<JsonNode> check) throws Exception {
    CommandLine cl = Ste.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    FuzzTally outcomes = new FuzzTally(name, "exit 2, one line naming file and line");
    Rng rng = new Rng(TextFuzz.SEED).split(name.hashCode());
    for (int c = 0; c < TextFuzz.cases(); c++) {
      byte[] content = TextFuzz.mutate(valid, rng);
      Path file = dir.resolve(name + "-" + c + ".jsonl");
      Files.write(file, content);
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      List<String> args = new ArrayList<>(command);
      args.add("--input");
      args.add(file.toString());
      outcomes.check(c, k -> {
        int code = cl.execute(args.toArray(String[]::new));
        String problem = code == 0 ? checkOutput(content, out.toString(), check)
            : code == 2 ? checkError(file, err.toString()) : "exit code " + code + ": " + err;
        if (problem != null) {
          outcomes.other(k, problem);
        } else if (code == 0) {
          outcomes.loaded();
        } else {
          outcomes.rejected();
        }
      });
      Files.delete(file);
    }
    System.out.println(outcomes.summary());
    return outcomes;
  }

  private static String checkOutput(byte[] input, String output, Predicate<JsonNode> check) throws Exception {
    long expected = new String(input, StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).count();
    List<String> lines = output.lines().toList();
    if (lines.size() != expected) {
      return "exit 0 with " + lines.size() + " output lines for " + expected + " input lines";
    }
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      if (!check.test(node)) {
        return "exit 0 with an output line that fails its check: " + line;
      }
    }
    return null;
  }

  private static String checkError(Path file, String err) {
    List<String> lines = err.lines().toList();
    if (lines.size() != 1 || !lines.get(0).startsWith("ste: ") || !lines.get(0).contains(file.toString())) {
      return "exit 2 without one line naming the file: " + err;
    }
    // "line N: …", or "line N (id …): …" for a result that overflows double.
    if (!lines.get(0).matches(".*\\bline \\d+( \\(id .*\\))?: .*") && !lines.get(0).contains("UTF-8")) {
      return "exit 2 without naming the line: " + err;
    }
    return null;
  }
}
