package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.cli.SyntheticMnist;
import dev.ste4j.cli.report.RunFolder;
import dev.ste4j.cli.reproduce.Scale;
import dev.ste4j.nn.data.store.DataStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Yin2019SectionTable1Test {

  @TempDir Path dir;

  @Test
  void withoutMnistAndWithoutFetchingTheSectionFailsSayingHowToGetIt() throws Exception {
    DataStore empty = new DataStore(dir.resolve("no-data")).withFetching(false);
    for (Scale scale : Scale.values()) {
      RunFolder run = RunFolder.create(dir.resolve("runs-" + scale), "reproduce", Map.of(), 1);
      assertThatThrownBy(() -> Yin2019Section.table1(scale, 1, run, run.report().section("yin2019"), empty))
          .hasMessageContaining("mnist is not in").hasMessageContaining("ste data fetch mnist");
    }
  }

  @Test
  void theQuickSectionFetchesAMissingMnistAndShowsTheTable1Rows() throws Exception {
    SyntheticMnist.write(dir.resolve("mirror/mnist"), 120, 60);
    System.setProperty("ste4j.data.mirror", dir.resolve("mirror").toString());
    try {
      DataStore store = new DataStore(dir.resolve("data")).withFetching(true).withProgress(line -> { });
      RunFolder run = RunFolder.create(dir.resolve("runs"), "reproduce", Map.of(), 1);
      Yin2019Section.table1(Scale.QUICK, 1, run, run.report().section("yin2019"), store);
      String html = Files.readString(run.succeed());
      assertThat(html).contains("Table 1, LeNet-5 on MNIST, at REDUCED scale", "clipped_relu");
      assertThat(dir.resolve("data/mnist/train-images-idx3-ubyte")).exists();
    } finally {
      System.clearProperty("ste4j.data.mirror");
    }
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
