package dev.ste4j.cli.command.lab;

import dev.ste4j.cli.TextFiles;
import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * {@code --input FILE [--out FILE]} of the lab commands that evaluate JSON lines ({@code ste lab yin2019 eval},
 * {@code ste lab shekhovtsov2021 exact}), shared as a picocli {@code @Mixin}; the old spelling {@code --output} still
 * works, hidden.
 */
public final class JsonLinesFiles {

  @Option(names = "--input", required = true, paramLabel = "FILE", description = "JSON-lines input file.")
  Path input;

  @Option(names = "--out", paramLabel = "FILE", description = "Output file (default: standard output).")
  Path output;

  /** The old spelling, hidden: commands recorded before the rename still run. */
  @Option(names = "--output", hidden = true, paramLabel = "FILE")
  void outputAlias(Path file) {
    output = file;
  }

  /** The input file. */
  public Path input() {
    return input;
  }

  /** The output file; null for standard output. */
  public Path output() {
    return output;
  }

  /** The input's text, strictly UTF-8 (see {@link TextFiles#readUtf8}). */
  public String text() throws IOException {
    return TextFiles.readUtf8(input, input.toString(), "a JSON-lines file");
  }
}
