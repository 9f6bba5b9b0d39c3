package dev.ste4j.cli.command.data;

import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.DatasetSpec;
import dev.ste4j.nn.data.store.Datasets;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code ste data list}: each dataset, whether its files are in the data folder, where, and their size on disk. Files
 * that are there are checked without loading the data ({@link DatasetSpec#check}: headers, magic numbers, dimensions,
 * lengths), and a dataset whose files fail is listed as {@code damaged} with the reason; {@code ste data fetch}
 * replaces it.
 */
@Command(name = "list", mixinStandardHelpOptions = true,
    description = "List the datasets: present in the data folder or not, where, and their size.")
public final class DataListCommand implements Runnable {

  @Mixin DataDirOption dataDir;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    PrintWriter out = spec.commandLine().getOut();
    DataStore store = dataDir.store();
    out.println("data folder: " + store.root());
    out.printf("%-14s %-8s %10s  %s%n", "dataset", "status", "size", "where / what");
    for (DatasetSpec ds : Datasets.all()) {
      Optional<Path> dir = store.locate(ds);
      Optional<String> damage = dir.isPresent() ? damage(ds, dir.get()) : Optional.empty();
      if (damage.isPresent()) {
        out.printf("%-14s %-8s %10s  %s%n", ds.name(), "damaged", megabytes(store, dir.get(), ds),
            "damaged: " + damage.get() + "; replace it with 'ste data fetch " + ds.name() + "'");
      } else if (dir.isPresent()) {
        out.printf("%-14s %-8s %10s  %s%n", ds.name(), "present", megabytes(store, dir.get(), ds), dir.get());
      } else {
        out.printf("%-14s %-8s %10s  %s%n", ds.name(), "missing", "-", "ste data fetch " + ds.name());
      }
      out.printf("%-14s %-8s %10s  %s%n", "", "", "", ds.description());
    }
    out.flush();
  }

  /** What is wrong with the dataset's files in the folder, or empty when they pass the check. */
  private static Optional<String> damage(DatasetSpec ds, Path dir) {
    try {
      ds.check(dir);
      return Optional.empty();
    } catch (DataFileException e) {
      return Optional.of(e.getMessage());
    }
  }

  /** Total size of the dataset's files in the folder (other files there are not counted). */
  private static String megabytes(DataStore store, Path dir, DatasetSpec ds) {
    long bytes = 0;
    try {
      for (Path f : store.filesIn(ds, dir)) {
        bytes += Files.size(f);
      }
    } catch (IOException e) {
      return "?";
    }
    return String.format("%.1f MB", bytes / 1e6);
  }
}
