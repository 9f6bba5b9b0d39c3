package dev.ste4j.cli.command.data;

import dev.ste4j.nn.data.store.DataStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/**
 * The {@code --no-fetch} option of every command that reads a dataset, and the store it selects. Without it a dataset
 * missing from the data folder is fetched (as {@code ste data fetch} would), with progress lines on stderr saying
 * where it came from; with it, or with {@code STE4J_OFFLINE=1}, the command fails on one line instead.
 */
public final class NoFetchOption {

  @Option(names = "--no-fetch",
      description = "Never fetch a dataset that is not in the data folder; fail instead (as STE4J_OFFLINE=1 does).")
  boolean noFetch;

  /** Whether the user forbade fetching. */
  public boolean noFetch() {
    return noFetch;
  }

  /** The store in {@code dir} (null: the default folder), fetching unless forbidden, progress lines to {@code err}. */
  public DataStore store(Path dir, PrintWriter err) {
    return store(dir, noFetch, err);
  }

  /** As {@link #store(Path, PrintWriter)}, for a caller that has the setting as a value. */
  public static DataStore store(Path dir, boolean noFetch, PrintWriter err) {
    DataStore store = new DataStore(DataDirOption.folder(dir)).withProgress(line -> {
      err.println("ste: " + line);
      err.flush();
    });
    return noFetch ? store.withFetching(false) : store;
  }
}
