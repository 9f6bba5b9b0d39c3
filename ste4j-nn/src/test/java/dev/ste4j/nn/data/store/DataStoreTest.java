package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.TestFiles;
import dev.ste4j.nn.data.TrainTest;
import dev.ste4j.nn.data.fetch.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataStoreTest {

  @TempDir Path root;

  /** A source that runs the given action in its scratch folder. */
  private record FakeSource(String describe, Action action) implements DataSource {
    @Override
    public void fetch(Path scratch, Consumer<String> log) throws IOException {
      action.run(scratch);
    }
  }

  private interface Action {
    void run(Path scratch) throws IOException;
  }

  private static IdxDatasetSpec tiny(List<DataSource> sources) {
    return new IdxDatasetSpec("tiny", "a tiny IDX dataset", 10, sources, "ask a colleague");
  }

  /** Writes the four files of a tiny IDX dataset into a folder; gzip for the labels. */
  private static void writeTiny(Path dir) throws IOException {
    Files.createDirectories(dir);
    TestFiles.write(dir, "train-images-idx3-ubyte", TestFiles.idx(3, 2, 2));
    TestFiles.write(dir, "train-labels-idx1-ubyte.gz", TestFiles.gzip(TestFiles.idxLabels(1, 2, 3)));
    TestFiles.write(dir, "t10k-images-idx3-ubyte", TestFiles.idx(2, 2, 2));
    TestFiles.write(dir, "t10k-labels-idx1-ubyte", TestFiles.idxLabels(4, 5));
  }

  private List<String> leftovers() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".fetch")).toList();
    }
  }

  @Test
  void fetchPicksFilesFromAnywhereInScratchChecksThemAndStoresThem() throws Exception {
    DataSource good = new FakeSource("good", scratch -> writeTiny(scratch.resolve("package/data")));
    DataStore store = new DataStore(root).withFetching(true);
    List<String> log = new ArrayList<>();
    FetchReport r = store.fetch(tiny(List.of(good)), log::add);

    assertThat(r.alreadyPresent()).isFalse();
    assertThat(r.folder()).isEqualTo(root.resolve("tiny"));
    assertThat(r.trainSize()).isEqualTo(3);
    assertThat(r.testSize()).isEqualTo(2);
    assertThat(Files.exists(root.resolve("tiny/train-labels-idx1-ubyte.gz"))).isTrue();
    assertThat(leftovers()).isEmpty();
    TrainTest data = store.load(tiny(List.of()));
    assertThat(data.train().labels()).containsExactly(1, 2, 3);
    assertThat(data.test().name()).isEqualTo("tiny/test");
    // A second fetch finds the files and uses no source.
    FetchReport again = store.fetch(tiny(List.of(good)), log::add);
    assertThat(again.alreadyPresent()).isTrue();
    assertThat(again.attempts()).hasSize(1);
  }

  @Test
  void failingSourcesAreReportedInOrderAndLeaveNothingBehind() throws Exception {
    DataSource offline = new FakeSource("no network", scratch -> {
      throw new IOException("cannot connect");
    });
    DataSource corrupt = new FakeSource("corrupt package", scratch -> {
      writeTiny(scratch);
      TestFiles.write(scratch, "t10k-labels-idx1-ubyte", TestFiles.idxLabels(4, 11));
    });
    DataSource incomplete = new FakeSource("incomplete", scratch ->
        TestFiles.write(scratch, "train-images-idx3-ubyte", TestFiles.idx(3, 2, 2)));
    DataStore store = new DataStore(root).withFetching(true);

    assertThatThrownBy(() -> store.fetch(tiny(List.of(offline, corrupt, incomplete)), s -> { }))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("no network failed (cannot connect)")
        .hasMessageContaining("corrupt package failed (")
        .hasMessageContaining("label 11 at item 1 is out of range 0..9")
        .hasMessageContaining("incomplete failed (it delivered no file named train-labels-idx1-ubyte")
        .hasMessageContaining("ask a colleague");
    assertThat(Files.exists(root.resolve("tiny"))).isFalse();
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void laterSourceIsUsedWhenAnEarlierOneFails() throws Exception {
    DataSource offline = new FakeSource("no network", scratch -> {
      throw new IOException("cannot connect");
    });
    DataSource good = new FakeSource("good", DataStoreTest::writeTiny);
    FetchReport r = new DataStore(root).withFetching(true).fetch(tiny(List.of(offline, good)), s -> { });
    assertThat(r.attempts()).extracting(FetchReport.Attempt::succeeded).containsExactly(false, true);
  }

  @Test
  void filesPutDirectlyInTheFolderAreFound() throws Exception {
    writeTiny(root);
    DataStore store = new DataStore(root).withFetching(true);
    assertThat(store.locate(tiny(List.of()))).contains(root);
    assertThat(store.load(tiny(List.of())).train().size()).isEqualTo(3);
  }

  @Test
  void missingDatasetSaysHowToGetIt() {
    assertThatThrownBy(() -> new DataStore(root).load(tiny(List.of())))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("tiny is not in " + root)
        .hasMessageContaining("ste data fetch tiny")
        .hasMessageContaining("ask a colleague");
  }

  @Test
  void cifarWithoutFetchingSaysToPassTheFolder() {
    assertThatThrownBy(() -> new DataStore(root).withFetching(false).fetch(new Cifar10Spec(), s -> { }))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("fetching is off")
        .hasMessageContaining("no package registry ships CIFAR-10")
        .hasMessageContaining("--data-dir");
  }

  @Test
  void loadFetchesAMissingDatasetAndSaysWhereItCameFrom() throws Exception {
    List<String> log = new ArrayList<>();
    DataSource good = new FakeSource("good source", DataStoreTest::writeTiny);
    TrainTest data = new DataStore(root).withFetching(true).withProgress(log::add).load(tiny(List.of(good)));
    assertThat(data.train().labels()).containsExactly(1, 2, 3);
    assertThat(String.join("\n", log)).contains("tiny is not in " + root, "fetching it", "--no-fetch",
        "tiny: fetched from good source into " + root.resolve("tiny"));
    assertThat(leftovers()).isEmpty();
  }

  @Test
  void loadWithoutFetchingFailsSayingSoAndTouchesNothing() throws Exception {
    List<String> called = new ArrayList<>();
    DataSource good = new FakeSource("good source", scratch -> {
      called.add("fetch");
      writeTiny(scratch);
    });
    assertThatThrownBy(() -> new DataStore(root).withFetching(false).load(tiny(List.of(good))))
        .isInstanceOf(DatasetUnavailableException.class)
        .hasMessageContaining("tiny is not in " + root)
        .hasMessageContaining("fetching is off (--no-fetch, ste4j.offline or STE4J_OFFLINE)")
        .hasMessageContaining("ste data fetch tiny")
        .hasMessageContaining("ask a colleague");
    assertThat(called).isEmpty();
    try (Stream<Path> s = Files.list(root)) {
      assertThat(s.count()).isZero();
    }
  }

  @Test
  void theOfflineSettingDecidesWhetherANewStoreFetches() {
    String before = System.getProperty("ste4j.offline");
    try {
      for (String off : List.of("1", "true", "yes")) {
        System.setProperty("ste4j.offline", off);
        assertThat(new DataStore(root).fetchesMissing()).as(off).isFalse();
      }
      // The property, when set, wins over STE4J_OFFLINE (which the test run sets to 1).
      for (String on : List.of("0", "false", "FALSE")) {
        System.setProperty("ste4j.offline", on);
        assertThat(new DataStore(root).fetchesMissing()).as(on).isTrue();
      }
    } finally {
      if (before == null) {
        System.clearProperty("ste4j.offline");
      } else {
        System.setProperty("ste4j.offline", before);
      }
    }
  }

  @Test
  void theDataMirrorIsTriedFirstAndKeepsItsFiles() throws Exception {
    Path mirror = root.resolve("mirror");
    writeTiny(mirror.resolve("tiny"));
    List<String> called = new ArrayList<>();
    DataSource other = new FakeSource("other", scratch -> called.add("other"));
    Path store = root.resolve("store");
    System.setProperty("ste4j.data.mirror", mirror.toString());
    try {
      FetchReport r = new DataStore(store).withFetching(true).fetch(tiny(List.of(other)), s -> { });
      assertThat(r.attempts()).extracting(FetchReport.Attempt::source).containsExactly("data mirror " + mirror);
      assertThat(called).isEmpty();
      assertThat(store.resolve("tiny/train-labels-idx1-ubyte.gz")).exists();
      assertThat(mirror.resolve("tiny/train-labels-idx1-ubyte.gz")).exists();
    } finally {
      System.clearProperty("ste4j.data.mirror");
    }
  }

  @Test
  void aMirrorWithoutTheDatasetFallsThroughToTheNextSource() throws Exception {
    Files.createDirectories(root.resolve("empty-mirror"));
    System.setProperty("ste4j.data.mirror", root.resolve("empty-mirror").toString());
    try {
      FetchReport r = new DataStore(root.resolve("store")).withFetching(true)
          .fetch(tiny(List.of(new FakeSource("good", DataStoreTest::writeTiny))), s -> { });
      assertThat(r.attempts()).extracting(FetchReport.Attempt::succeeded).containsExactly(false, true);
      assertThat(r.attempts().get(0).detail()).contains("holds no complete copy of tiny");
    } finally {
      System.clearProperty("ste4j.data.mirror");
    }
  }

  @Test
  void cifarIsFoundInItsArchiveFolder() throws Exception {
    Path dir = Files.createDirectories(root.resolve("cifar-10-batches-bin"));
    for (int i = 1; i <= 5; i++) {
      TestFiles.write(dir, "data_batch_" + i + ".bin", TestFiles.cifar(i, 0));
    }
    TestFiles.write(dir, "test_batch.bin", TestFiles.cifar(7));
    TrainTest data = new DataStore(root).load(new Cifar10Spec());
    assertThat(data.train().size()).isEqualTo(10);
    assertThat(data.train().labels()).startsWith(1, 0, 2, 0);
    assertThat(data.test().labels()).containsExactly(7);
  }

  @Test
  void digitsSplitsTheLast450RowsOff() throws Exception {
    int[] labels = new int[500];
    for (int i = 0; i < labels.length; i++) {
      labels[i] = i % 10;
    }
    TestFiles.write(root, "digits.csv.gz", TestFiles.gzip(TestFiles.digitsCsv(labels).getBytes()));
    TrainTest data = new DataStore(root).load(new DigitsSpec());
    assertThat(data.train().size()).isEqualTo(50);
    assertThat(data.test().size()).isEqualTo(450);
    assertThat(data.test().label(0)).isEqualTo(0);
  }

  @Test
  void unknownDatasetNameListsTheValidOnes() {
    assertThatThrownBy(() -> Datasets.get("imagenet"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown dataset 'imagenet'; valid: mnist, fashion-mnist, digits, cifar10");
  }
}
