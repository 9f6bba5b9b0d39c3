package dev.ste4j.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "From Java" snippet is the example's code between its snippet markers, so the docs cannot drift. */
class ReadmeSnippetTest {

  static final String START = "// [snippet]";
  static final String END = "// [/snippet]";

  /** The lines strictly between the markers, with the indentation they share removed. */
  static String snippet(List<String> source) {
    int from = -1;
    int to = -1;
    for (int i = 0; i < source.size(); i++) {
      if (source.get(i).strip().equals(START)) {
        from = i + 1;
      } else if (source.get(i).strip().equals(END)) {
        to = i;
      }
    }
    if (from < 0 || to < from) {
      throw new IllegalArgumentException("no " + START + " … " + END + " block in the example source");
    }
    List<String> lines = source.subList(from, to);
    int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length())
        .min().orElse(0);
    List<String> out = new ArrayList<>();
    lines.forEach(l -> out.add(l.isBlank() ? "" : l.substring(indent)));
    return String.join("\n", out);
  }

  @Test
  void readmeHoldsTheExampleSnippet() throws IOException {
    Path example = Path.of("src/main/java/dev/ste4j/examples/TrainBinaryMnist.java");
    String code = snippet(Files.readAllLines(example));
    assertThat(code.lines().count()).isBetween(10L, 25L);
    String readme = Files.readString(Path.of("..", "README.md")).replace("\r\n", "\n");
    assertThat(readme).contains("```java\n" + code + "\n```");
  }

  @Test
  void snippetExtractionRemovesSharedIndentOnly() {
    List<String> src = List.of("class A {", "    // [snippet]", "    int a = 1;", "", "      int b = 2;",
        "    // [/snippet]", "}");
    assertThat(snippet(src)).isEqualTo("int a = 1;\n\n  int b = 2;");
  }
}
