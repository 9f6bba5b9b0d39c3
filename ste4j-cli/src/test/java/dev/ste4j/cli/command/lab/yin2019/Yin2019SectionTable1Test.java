package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.cli.report.Report;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.nn.data.DataStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Yin2019SectionTable1Test {

  @TempDir Path dir;

  @Test
  void withoutMnistTheQuickSectionSaysHowToGetItAndTheFullOneFails() throws Exception {
    DataStore empty = new DataStore(dir.resolve("no-data"));
    RunFolder run = RunFolder.create(dir.resolve("runs"), "reproduce", Map.of(), 1);
    Report.Section section = run.report().section("yin2019");
    Yin2019Section.table1(Scale.QUICK, 1, run, section, empty);
    Path html = run.succeed();
    assertThat(Files.readString(html)).contains("MNIST is not in the data folder").contains("ste data fetch mnist");
    RunFolder full = RunFolder.create(dir.resolve("runs2"), "reproduce", Map.of(), 1);
    assertThatThrownBy(() -> Yin2019Section.table1(Scale.FULL, 1, full, full.report().section("yin2019"), empty))
        .hasMessageContaining("ste data fetch mnist");
  }

  @Test
  void theQuickTable1IsAReducedLenet5Run() {
    var c = Yin2019Section.quickTable1(3);
    assertThat(c.network().key()).isEqualTo("lenet5");
    assertThat(c.bits()).containsExactly(2, 4);
    assertThat(c.stes()).hasSize(3);
    assertThat(Table1View.reduced(c)).isTrue();
    assertThat(c.trainSubset()).isPositive();
  }
}
