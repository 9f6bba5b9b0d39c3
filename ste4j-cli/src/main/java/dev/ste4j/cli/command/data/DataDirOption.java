package dev.ste4j.cli.command.data;

import dev.ste4j.nn.data.DataStore;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by the data commands, and the store it selects. */
public final class DataDirOption {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data folder: holds a dataset's standard files directly or in <DIR>/<dataset>/; fetched files go "
          + "to <DIR>/<dataset>/. Default: -Dste4j.data.dir, else $STE4J_DATA_DIR, else ~/.ste4j/data.")
  Path dataDir;

  /** The store in the chosen folder. */
  public DataStore store() {
    return new DataStore(dataDir != null ? dataDir : DataStore.defaultRoot());
  }
}
