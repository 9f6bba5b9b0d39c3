package dev.ste4j.cli.command.data;

import dev.ste4j.nn.data.store.DataStore;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;

/**
 * Where a command that reads a dataset finds it: {@code --data-dir} and {@code --no-fetch}, shared as one picocli
 * {@code @Mixin} by {@code ste train}, {@code ste eval} and {@code ste bench}.
 */
public final class DataSourceOptions {

  @Mixin DataDirOption dir;

  @Mixin NoFetchOption fetch;

  /** The data folder the user gave, or null for the default one. */
  public Path given() {
    return dir.dataDir;
  }

  /** Whether the user forbade fetching. */
  public boolean noFetch() {
    return fetch.noFetch();
  }

  /** The store in the chosen folder, fetching unless forbidden, progress lines to {@code err}. */
  public DataStore store(PrintWriter err) {
    return fetch.store(dir.dataDir, err);
  }
}
