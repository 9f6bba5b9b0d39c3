package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.fetch.DataSource;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Scratch folders of killed fetches are removed by the next fetch or load; those of live fetches are not. */
class FetchScratchTest {

  @TempDir Path root;

  /** A source that writes a digits-format file of 500 rows into its scratch folder. */
  private static final DataSource DIGITS = new DataSource() {
    @Override
    public String describe() {
      return "fake digits source";
    }

    @Override
    public void fetch(Path scratch, Consumer<String> log) throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int r = 0; r < 500; r++) {
        for (int i = 0; i < 64; i++) {
          sb.append((r + i) % 17).append(',');
        }
        sb.append(r % 10).append('\n');
      }
      Files.writeString(scratch.resolve(DigitsSpec.FILE), sb.toString());
    }
  };

  /** What a killed fetch leaves: its folder with partial files and an unlocked lock file. */
  private Path leftover(String name, boolean withLockFile) throws IOException {
    Path dir = Files.createDirectories(root.resolve(FetchScratch.PREFIX + name));
    Files.createDirectories(dir.resolve("scratch/package"));
    Files.writeString(dir.resolve("scratch/package/digits.csv.gz"), "1,2,3,");
    if (withLockFile) {
      Files.createFile(dir.resolve(FetchScratch.LOCK));
    }
    return dir;
  }

  private List<String> scratchFolders() throws IOException {
    try (Stream<Path> s = Files.list(root)) {
      return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(FetchScratch.PREFIX)).sorted().toList();
    }
  }

  @Test
  void aFetchRemovesLeftoversButNotTheScratchOfALiveFetch() throws Exception {
    leftover("digits-killed", true);
    Path old = leftover("digits-killed-before-its-lock-file", false);
    Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(FetchScratch.GRACE).minusSeconds(60)));
    leftover("digits-just-made", false);
    Path live = leftover("digits-live", true);
    try (FileChannel ch = FileChannel.open(live.resolve(FetchScratch.LOCK), StandardOpenOption.WRITE)) {
      assertThat(ch.tryLock()).isNotNull(); // the lock a running fetch holds
      FetchReport r = new DataStore(root).withFetching(true).fetch(new DigitsSpec(), List.of(DIGITS), s -> { });
      assertThat(r.trainSize()).isEqualTo(50);
      assertThat(scratchFolders()).containsExactly(".fetch-digits-just-made", ".fetch-digits-live");
    }
    // Once its owner is gone (its lock released), the next load removes it too; the fresh one stays.
    new DataStore(root).load(new DigitsSpec());
    assertThat(scratchFolders()).containsExactly(".fetch-digits-just-made");
    assertThat(root.resolve("digits").resolve(DigitsSpec.FILE)).exists();
  }

  @Test
  void aFetchLeavesNoScratchOfItsOwnWhetherItWorksOrFails() throws Exception {
    DataSource broken = new DataSource() {
      @Override
      public String describe() {
        return "broken";
      }

      @Override
      public void fetch(Path scratch, Consumer<String> log) throws IOException {
        Files.writeString(scratch.resolve("half"), "x");
        throw new IOException("connection reset");
      }
    };
    assertThatThrownBy(() -> new DataStore(root).withFetching(true).fetch(new DigitsSpec(), List.of(broken), s -> { }))
        .isInstanceOf(DatasetUnavailableException.class).hasMessageContaining("connection reset");
    assertThat(scratchFolders()).isEmpty();
    new DataStore(root).withFetching(true).fetch(new DigitsSpec(), List.of(DIGITS), s -> { });
    assertThat(scratchFolders()).isEmpty();
  }
}
