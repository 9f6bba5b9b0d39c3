package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.lab.JsonLinesFiles;
import dev.ste4j.lab.yin2019.EvalLines;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab yin2019 eval --input FILE [--out FILE]}: the closed forms (and, where a line has samples, the
 * empirical quantities) at the points of a JSON-lines file; the formats are those of {@link EvalLines}. Every line is
 * evaluated before anything is written, so a bad line or a result that overflows double (reported with its number, and
 * for an overflow the input's id, exit code 2) fails the whole file and leaves no partial output: nothing on standard
 * output, and an existing output file untouched. The output file is written to a temporary file and renamed into
 * place.
 */
@Command(name = "eval", mixinStandardHelpOptions = true,
    description = {"Evaluate the closed forms of Yin et al. (2019) at points given as JSON lines.",
        "Input: one JSON object a line, {\"id\", \"m\", \"n\", \"v\": [m], \"w\": [n], \"vStar\": [m], \"wStar\": [n],"
            + " \"samples\"?: [N][m][n]}.",
        "Output: one JSON object a line, {\"id\", \"theta\", \"loss\", \"gradV\", \"gradW\", \"coarseGrad\": {identity,"
            + " relu, clippedRelu}, \"empirical\"?: {loss, gradV, coarseGrad}}.",
        "The angle theta is null at w = 0; gradW is 0 at theta in {0, pi} and at w = 0 (not differentiable there)."})
public final class Yin2019EvalCommand implements Callable<Integer> {

  @Mixin
  JsonLinesFiles files;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    Path input = files.input();
    Path output = files.output();
    List<String> lines;
    try (Reader reader = new StringReader(files.text())) {
      lines = new EvalLines().evaluate(reader);
    } catch (NoSuchFileException e) {
      throw new UserError("input file not found: " + input);
    } catch (IllegalArgumentException e) {
      throw new UserError(input + " " + e.getMessage(), e);
    }
    if (output == null) {
      PrintWriter out = spec.commandLine().getOut();
      lines.forEach(out::println);
      out.flush();
    } else {
      writeAtomically(output, lines);
    }
    return 0;
  }

  /** Writes the lines to a temporary file beside {@code target}, then renames it over the target. */
  static void writeAtomically(Path target, List<String> lines) throws IOException {
    Path abs = target.toAbsolutePath();
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new UserError("output folder does not exist: " + dir);
    }
    Path tmp = Files.createTempFile(dir, abs.getFileName().toString(), ".tmp");
    try {
      Files.write(tmp, lines, StandardCharsets.UTF_8);
      try {
        Files.move(tmp, abs, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(tmp, abs, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(tmp);
    }
  }
}
