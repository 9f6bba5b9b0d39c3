package dev.ste4j.cli.reproduce;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.report.Table;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A reproduce section that runs out of memory fails alone, with the advice to give Java more memory on its line;
 * the sections before it keep their files and the run says {@code failed}. The section throws the error itself, as
 * the JVM would from an allocation, so the test needs no large heap.
 */
class ReproduceOutOfMemoryTest {

  @TempDir Path out;

  private static ReproduceSection section(String name, boolean outOfMemory) {
    return new TestSection(name) {
      @Override
      public void run(Scale scale, RunFolder run, Report.Section section) throws Exception {
        if (outOfMemory) {
          throw new OutOfMemoryError("Java heap space");
        }
        run.writeTable(name + "-result", new Table("seed").row(run.seed()));
      }
    };
  }

  @Test
  void theSectionThatRanOutSaysSoAndTheOthersKeepTheirFiles() throws Exception {
    StringWriter stdout = new StringWriter();
    StringWriter stderr = new StringWriter();
    assertThat(TestSection.execute(List.of(section("first", false), section("big", true)), stdout, stderr,
        "reproduce", "--out", out.toString())).isEqualTo(1);

    List<String> failed = stderr.toString().lines().filter(l -> l.contains("FAILED")).toList();
    assertThat(failed).hasSize(1);
    assertThat(failed.get(0)).startsWith("[2/2] big: FAILED after ")
        .contains("out of memory while running section big").contains("STE_JAVA_OPTS=-Xmx")
        .doesNotContain("OutOfMemoryError");
    assertThat(stderr.toString()).doesNotContain("\tat ");
    Path run;
    try (Stream<Path> s = Files.list(out)) {
      run = s.findFirst().orElseThrow();
    }
    assertThat(Files.readString(run.resolve("first-result.csv"))).contains("seed");
    Map<?, ?> info = new ObjectMapper().readValue(run.resolve("run.json").toFile(), Map.class);
    assertThat(info.get("status")).isEqualTo("failed");
    assertThat(String.valueOf(info.get("error"))).isEqualTo("1 of 2 sections failed: big");
  }
}
