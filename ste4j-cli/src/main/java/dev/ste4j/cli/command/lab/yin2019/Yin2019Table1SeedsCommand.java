package dev.ste4j.cli.command.lab.yin2019;

import dev.ste4j.cli.UserError;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.SeedOutcome;
import dev.ste4j.lab.yin2019.deep.SeedSpread;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste lab yin2019 table1-seeds RUN_DIR…}: Table 1 over root seeds pooled from finished table1 run folders, so
 * that seeds run as separate processes, on separate machines or at separate times (a LeNet-5 table is about 2.2
 * CPU-hours) give the same mean ± sd table and verdicts as one {@code table1 --seeds} run. The folders must share
 * their protocol (network, schedule, data); each (row, seed) may appear once, and every row needs the same seeds.
 */
@Command(name = "table1-seeds", mixinStandardHelpOptions = true,
    description = {"Pool finished 'ste lab yin2019 table1' run folders (one or several root seeds each) into Table 1 "
        + "over seeds: each row's mean ± standard deviation beside the paper's and the binomial standard error, and "
        + "the claims judged against that spread."})
public final class Yin2019Table1SeedsCommand implements Callable<Integer> {

  @Mixin LabRun lab;
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders of ste lab yin2019 table1.")
  List<Path> runs;

  @Option(names = "--test-images", paramLabel = "N", description = "Test images of each accuracy, for runs that "
      + "used a whole test set and were recorded before table1.csv had a test_images column (10000 for MNIST).")
  Integer testImages;

  @Override
  public Integer call() throws Exception {
    List<Table1RunFolder> folders = runs.stream().map(Table1RunFolder::read).toList();
    Table1RunFolder first = folders.get(0);
    List<SeedOutcome> outcomes = new ArrayList<>();
    OptionalInt recorded = OptionalInt.empty();
    for (Table1RunFolder f : folders) {
      if (!f.protocol().equals(first.protocol())) {
        throw new UserError(f.dir() + ": ran another protocol than " + first.dir() + " (" + difference(first, f)
            + "); only runs that differ in rows and seeds pool");
      }
      if (f.testImages().isPresent()) {
        if (recorded.isPresent() && recorded.getAsInt() != f.testImages().getAsInt()) {
          throw new UserError(f.dir() + ": measured on " + f.testImages().getAsInt() + " test images, another run on "
              + recorded.getAsInt());
        }
        recorded = f.testImages();
      }
      outcomes.addAll(f.outcomes());
    }
    int n = testImages(recorded);
    List<SeedSpread> rows;
    try {
      rows = SeedSpread.pooled(outcomes, n);
    } catch (IllegalArgumentException e) {
      throw new UserError(e.getMessage());
    }
    DeepNetwork network = first.network();
    Map<String, Object> config = new LinkedHashMap<>(first.protocol());
    config.put("runs", runs.stream().map(Path::toString).toList());
    config.put("testImages", n);
    int seeds = rows.get(0).seeds();
    return lab.execute("lab yin2019 table1-seeds", "Yin et al. (2019) — Table 1, " + network.label() + ", " + seeds
        + " seeds pooled from " + runs.size() + " run folder(s)", config, spec.commandLine().getOut(),
        (folder, section) -> {
          section.paragraph("Pooled from: " + String.join(", ", runs.stream().map(Path::toString).toList())
              + ". Protocol: " + first.protocol() + ".");
          SeedSpreadView.render(network, rows, n, scale(first, n, seeds), folder, section, "");
          StringBuilder b = new StringBuilder("table1-seeds " + network.key() + ", " + seeds + " seed(s):");
          for (SeedSpread x : rows) {
            b.append(String.format(Locale.ROOT, " %d-bit %s %.2f", x.bits(), x.ste().key(), 100 * x.meanAccuracy()))
                .append(seeds > 1 ? String.format(Locale.ROOT, " ± %.2f %%;", 100 * x.sdAccuracy()) : " %;");
          }
          return b.substring(0, b.length() - 1);
        });
  }

  private int testImages(OptionalInt recorded) {
    if (testImages != null) {
      if (testImages < 1) {
        throw new UserError("--test-images must be positive, got " + testImages);
      }
      if (recorded.isPresent() && recorded.getAsInt() != testImages) {
        throw new UserError("--test-images " + testImages + " disagrees with the runs' own record ("
            + recorded.getAsInt() + " test images)");
      }
      return testImages;
    }
    return recorded.orElseThrow(() -> new UserError("the runs do not record their test images (they used a whole "
        + "test set before table1.csv had a test_images column): give --test-images N (10000 for MNIST)"));
  }

  private static String scale(Table1RunFolder f, int testImages, int seeds) {
    Map<String, Object> p = f.protocol();
    int epochs = ((Number) p.getOrDefault("epochs", 0)).intValue();
    int paperEpochs = f.network().schedule().epochs();
    boolean subset = ((Number) p.getOrDefault("trainSubset", 0)).intValue() > 0
        || ((Number) p.getOrDefault("testSubset", 0)).intValue() > 0;
    String data = subset ? "subsets (" + testImages + " test images)" : "whole training and test sets";
    return SeedSpreadView.scale(epochs, paperEpochs, data, seeds);
  }

  private static String difference(Table1RunFolder a, Table1RunFolder b) {
    List<String> parts = new ArrayList<>();
    for (String k : a.protocol().keySet()) {
      if (!Objects.equals(a.protocol().get(k), b.protocol().get(k))) {
        parts.add(k + " " + a.protocol().get(k) + " vs " + b.protocol().get(k));
      }
    }
    b.protocol().keySet().stream().filter(k -> !a.protocol().containsKey(k)).forEach(k -> parts.add(k + " only here"));
    return String.join(", ", parts);
  }
}
