package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunFolderResumeTest {

  @TempDir Path root;

  @Test
  void aResumedRunKeepsItsRecordAndListsEachInterruption() throws Exception {
    Clock t0 = Clock.fixed(Instant.parse("2026-03-04T05:06:07Z"), ZoneOffset.UTC);
    RunFolder first = RunFolder.create(root, "train", List.of("train", "--epochs", "3"), Map.of("epochs", 3), 7, t0);
    Path dir = first.dir();
    // the process is killed here: run.json still says running
    RunFolder second = RunFolder.resume(dir, Map.of("from_step", 40));
    second.fail(new IllegalStateException("disk full"));
    RunFolder third = RunFolder.resume(dir, Map.of("from_step", 90));
    third.writeText("note.txt", "x");
    third.succeed();
    JsonNode info = new ObjectMapper().readTree(Files.readString(dir.resolve("run.json")));
    assertThat(info.get("status").asText()).isEqualTo("succeeded");
    assertThat(info.get("seed").asLong()).isEqualTo(7);
    assertThat(info.get("config").get("epochs").asInt()).isEqualTo(3);
    assertThat(info.get("first_started").asText()).startsWith("2026-03-04");
    JsonNode resumes = info.get("resumes");
    assertThat(resumes).hasSize(2);
    assertThat(resumes.get(0).get("previous_status").asText()).isEqualTo("running");
    assertThat(resumes.get(0).get("from_step").asInt()).isEqualTo(40);
    assertThat(resumes.get(1).get("previous_status").asText()).isEqualTo("failed");
    assertThat(Files.readString(dir.resolve("report.html"))).contains("Resumed");
  }

  @Test
  void aFolderWithoutRunJsonCannotBeResumed() {
    assertThatThrownBy(() -> RunFolder.resume(root, Map.of())).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("run.json");
  }
}
