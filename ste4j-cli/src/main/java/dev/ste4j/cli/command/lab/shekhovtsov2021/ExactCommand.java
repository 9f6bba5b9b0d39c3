package dev.ste4j.cli.command.lab.shekhovtsov2021;

import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.lab.JsonLinesFiles;
import dev.ste4j.cli.report.AtomicFiles;
import dev.ste4j.lab.shekhovtsov2021.EnumerationTooLargeException;
import dev.ste4j.lab.shekhovtsov2021.ExactJsonLines;
import dev.ste4j.lab.shekhovtsov2021.ExactRequest;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab shekhovtsov2021 exact --input FILE [--out FILE]}: for each JSON line
 * {@code {"id", "x", "layers": [{"W", "b"}, …], "noise", "label"}} writes
 * {@code {"id", "expectedLoss", "grad", "stExpectation"}} (see {@link ExactJsonLines}). Every line is validated before
 * anything is computed; a bad line is reported as "FILE: line N: problem" with exit code 2 and no output is written.
 * A result that overflows double fails the whole file the same way ("FILE: line N (id …): … overflows double"),
 * before anything is written.
 * The output file is written atomically.
 */
@Command(
    name = "exact",
    mixinStandardHelpOptions = true,
    description = {
        "Exact expected loss, its gradient and the exact expectation of the ST estimator for small stochastic binary"
            + " networks, by enumerating every hidden state.",
        "Input: JSON lines {\"id\": ..., \"x\": [d], \"layers\": [{\"W\": [[...]], \"b\": [...]}, ...],"
            + " \"noise\": \"logistic\"|\"uniform\", \"label\": k}. Every layer but the last is a stochastic sign"
            + " layer; the last gives softmax logits; an optional \"scale\" is the noise scale.",
        "Output: one JSON line per input line with id, expectedLoss, grad and stExpectation (the ST estimator's"
            + " expectation, with the factor 2F'(a))."})
public final class ExactCommand implements Callable<Integer> {

  @Mixin
  JsonLinesFiles files;

  @Mixin
  MaxStatesOption maxStates;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    Path input = files.input();
    Path output = files.output();
    if (!Files.isDirectory(input) && (!Files.isRegularFile(input) || !Files.isReadable(input))) {
      throw new UserError("cannot read --input " + input + ": no such readable file");
    }
    List<ExactRequest> requests;
    try (BufferedReader in = new BufferedReader(new StringReader(files.text()))) {
      requests = ExactJsonLines.read(in);
    } catch (IllegalArgumentException e) {
      throw new UserError(input + ": " + e.getMessage(), e);
    }
    // Every line's size is checked before the first is computed, so a refusal costs no time; every line is computed
    // before anything is written: a result that overflows fails the whole file, and neither standard output nor the
    // output file receives a partial result.
    StringBuilder out = maxStates.run(requests.stream().mapToInt(r -> r.net().stochasticBits()), () -> {
      StringBuilder lines = new StringBuilder();
      try {
        for (ExactRequest r : requests) {
          lines.append(ExactJsonLines.toLine(ExactJsonLines.compute(r))).append('\n');
        }
      } catch (EnumerationTooLargeException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new UserError(input + ": " + e.getMessage(), e);
      }
      return lines;
    });
    if (output == null) {
      spec.commandLine().getOut().print(out);
      spec.commandLine().getOut().flush();
    } else {
      AtomicFiles.writeString(output, out.toString());
      spec.commandLine().getErr().println("ste: wrote " + requests.size() + " result line(s) to " + output);
    }
    return 0;
  }
}
