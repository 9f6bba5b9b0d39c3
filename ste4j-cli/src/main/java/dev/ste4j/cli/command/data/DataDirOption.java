package dev.ste4j.cli.command.data;

import dev.ste4j.cli.UserError;
import dev.ste4j.nn.data.store.DataStore;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --data-dir} option shared by the data commands, and the store it selects. */
public final class DataDirOption {

  @Option(names = "--data-dir", paramLabel = "DIR",
      description = "Data folder: holds a dataset's standard files directly or in <DIR>/<dataset>/; fetched files go "
          + "to <DIR>/<dataset>/. Default: -Dste4j.data.dir, else $STE4J_DATA_DIR, else ~/.ste4j/data.")
  Path dataDir;

  /** The store in the chosen folder; a plain file given as the folder is a usage error. */
  public DataStore store() {
    return new DataStore(folder(dataDir));
  }

  /**
   * The data folder a command was given ({@code null}: the default one); a plain file given as the folder is a usage
   * error, since the store would otherwise fail later with a confusing "not found".
   */
  static Path folder(Path given) {
    Path dir = given != null ? given : DataStore.defaultRoot();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new UserError((given != null ? "--data-dir " : "the data folder ") + dir + " is a file, not a folder; "
          + "give the folder that holds the dataset files (or where they should go)");
    }
    return dir;
  }
}
