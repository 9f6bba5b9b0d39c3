package dev.ste4j.cli.command.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.cli.SyntheticMnist;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class Yin2019Table1SeedsCommandTest extends InProcessCliTest {

  @TempDir Path dir;

  @BeforeEach
  void smallMnist() throws IOException {
    SyntheticMnist.write(dir.resolve("data/mnist"), 64, 20);
  }

  /** A one-epoch 2-bit table1 on the small MNIST; returns its run folder. */
  private Path table1(String name, String... seedOptions) throws IOException {
    List<String> args = new ArrayList<>(List.of("lab", "yin2019", "table1", "--data-dir",
        dir.resolve("data").toString(), "--out", dir.resolve(name).toString(), "--epochs", "1", "--pretrain-epochs",
        "1", "--bits", "2", "--ste", "identity,relu", "--batch", "16", "--threads", "1"));
    args.addAll(List.of(seedOptions));
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
    return RunFolders.only(dir.resolve(name));
  }

  private int pool(String out, Path... runs) {
    List<String> args = new ArrayList<>(List.of("lab", "yin2019", "table1-seeds", "--out", dir.resolve(out).toString()));
    Stream.of(runs).map(Path::toString).forEach(args::add);
    return run(args.toArray(String[]::new));
  }

  @Test
  void separateSingleSeedRunsPoolToTheTableOfOneRepeatedRun() throws IOException {
    Path both = table1("both", "--seeds", "3,4");
    Path three = table1("three", "--seed", "3");
    Path four = table1("four", "--seed", "4");
    assertThat(Files.readString(three.resolve("table1.csv"))).contains(",20,"); // the test_images column

    assertThat(pool("pooled", four, three)).as(err.toString()).isZero();
    Path pooled = RunFolders.only(dir.resolve("pooled"));
    assertThat(Files.readString(pooled.resolve("table1-seeds.csv")))
        .isEqualTo(Files.readString(both.resolve("table1-seeds.csv")));
    assertThat(out.toString()).contains("table1-seeds lenet5, 2 seed(s): 2-bit identity ");
    assertThat(Files.readString(pooled.resolve("report.html"))).contains("the identity STE gives the lowest")
        .contains("2 seeds per row").contains("reduced");
    assertThat(Files.readString(pooled.resolve("run.json"))).contains("\"runs\"").contains("\"testImages\" : 20");

    assertThat(pool("again", both)).as(err.toString()).isZero(); // a --seeds folder pools on its own
    assertThat(Files.readString(RunFolders.only(dir.resolve("again")).resolve("table1-seeds.csv")))
        .isEqualTo(Files.readString(both.resolve("table1-seeds.csv")));

    assertThat(pool("twice", both, three)).isEqualTo(2);
    assertThat(err.toString()).contains("twice for root seed 3");
    assertThat(dir.resolve("twice")).doesNotExist();
  }

  @Test
  void foldersThatCannotPoolAreOneLineErrorsAndWriteNothing() throws IOException {
    Path three = table1("three", "--seed", "3");
    assertThat(pool("x", dir.resolve("data"))).isEqualTo(2);
    assertThat(err.toString()).contains("not a run folder (no run.json)");

    Path other = copy(three, "other");
    edit(other.resolve("run.json"), "\"epochs\" : 1", "\"epochs\" : 2");
    edit(other.resolve("run.json"), "\"seed\" : 3", "\"seed\" : 5");
    assertThat(pool("x", three, other)).isEqualTo(2);
    assertThat(err.toString()).contains("ran another protocol").contains("epochs 1 vs 2");

    Path failed = copy(three, "failed");
    edit(failed.resolve("run.json"), "\"status\" : \"succeeded\"", "\"status\" : \"failed\"");
    assertThat(pool("x", failed)).isEqualTo(2);
    assertThat(err.toString()).contains("did not finish (status failed)");

    Path old = copy(three, "old"); // written before table1.csv had a test_images column
    String csv = Files.readString(old.resolve("table1.csv"));
    Files.writeString(old.resolve("table1.csv"), csv.replace("se_pp,test_images,", "se_pp,")
        .replaceAll("(?m)^(lenet5,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*,[^,]*),20,", "$1,"));
    assertThat(pool("x", old)).isEqualTo(2);
    assertThat(err.toString()).contains("give --test-images N");
    assertThat(dir.resolve("x")).doesNotExist();
    assertThat(run("lab", "yin2019", "table1-seeds", "--test-images", "20", "--out", dir.resolve("y").toString(),
        old.toString())).as(err.toString()).isZero();

    Files.writeString(old.resolve("table1.csv"), csv.replace(",relu,", ",sign,"));
    assertThat(pool("x", old)).isEqualTo(2);
    assertThat(err.toString()).contains("table1.csv line").contains("unknown straight-through estimator 'sign'");
    assertThat(err.toString()).doesNotContain("Exception");
  }

  private Path copy(Path from, String name) throws IOException {
    Path to = Files.createDirectories(dir.resolve("copies").resolve(name));
    try (Stream<Path> s = Files.list(from)) {
      for (Path f : s.filter(Files::isRegularFile).toList()) {
        Files.copy(f, to.resolve(f.getFileName()));
      }
    }
    return to;
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String s = Files.readString(file);
    assertThat(s).contains(from);
    Files.writeString(file, s.replace(from, to));
  }
}
