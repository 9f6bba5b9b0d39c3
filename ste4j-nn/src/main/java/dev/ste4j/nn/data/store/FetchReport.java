package dev.ste4j.nn.data.store;

import dev.ste4j.nn.data.fetch.DataSource;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * What {@link DataStore#fetch} did: each source tried, in order, with its outcome and time, and where the files are.
 *
 * @param dataset the dataset's name
 * @param folder the folder now holding the files
 * @param alreadyPresent whether they were there before (no source was needed)
 * @param attempts the sources tried, in order
 * @param trainSize number of training samples read back from the folder
 * @param testSize number of test samples read back from the folder
 */
public record FetchReport(String dataset, Path folder, boolean alreadyPresent, List<Attempt> attempts, int trainSize,
    int testSize) {

  public FetchReport {
    attempts = List.copyOf(attempts);
  }

  /**
   * One source tried.
   *
   * @param source {@link DataSource#describe()}
   * @param succeeded whether it delivered files that loaded
   * @param detail why it failed, or what it delivered
   * @param time how long it took
   */
  public record Attempt(String source, boolean succeeded, String detail, Duration time) {

    @Override
    public String toString() {
      return source + ": " + (succeeded ? "ok" : "failed") + " in " + String.format("%.1f s", time.toMillis() / 1e3)
          + " (" + detail + ")";
    }
  }
}
