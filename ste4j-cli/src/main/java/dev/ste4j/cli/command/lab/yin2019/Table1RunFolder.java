package dev.ste4j.cli.command.lab.yin2019;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import dev.ste4j.cli.UserError;
import dev.ste4j.lab.yin2019.deep.DeepNetwork;
import dev.ste4j.lab.yin2019.deep.SeedOutcome;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;

/**
 * A finished {@code ste lab yin2019 table1} run folder read back from its run.json and table CSVs: the protocol it
 * ran and each row's final outcome under its root seed. A {@code --seeds} run holds one {@code seed<S>-table1.csv} per
 * seed, a single-seed run one {@code table1.csv}.
 *
 * @param dir the run folder
 * @param network the network of the table
 * @param protocol the configuration that must agree across folders pooled together (all but rows, seeds, threads)
 * @param outcomes every row under every root seed the folder holds
 * @param testImages the test images each accuracy was measured on, where the folder says (a test_images column, or a
 *     test subset); empty for a whole test set recorded before the column existed
 */
record Table1RunFolder(Path dir, DeepNetwork network, Map<String, Object> protocol, List<SeedOutcome> outcomes,
                       OptionalInt testImages) {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final CsvMapper CSV = new CsvMapper();
  /** Configuration keys that may differ between pooled folders: which rows ran, with which seeds, on how many threads. */
  private static final Set<String> PER_FOLDER = Set.of("bits", "ste", "seeds", "threads");

  static Table1RunFolder read(Path dir) {
    Path runJson = dir.resolve("run.json");
    if (!Files.isRegularFile(runJson)) {
      throw new UserError(dir + ": not a run folder (no run.json)");
    }
    Map<?, ?> info;
    try {
      info = JSON.readValue(runJson.toFile(), Map.class);
    } catch (IOException e) {
      throw new UserError(runJson + ": not valid JSON (" + firstLine(e) + ")");
    }
    if (!"lab yin2019 table1".equals(info.get("command"))) {
      throw new UserError(dir + ": not a table1 run (its command is " + info.get("command") + ")");
    }
    if (!"succeeded".equals(info.get("status"))) {
      throw new UserError(dir + ": the run did not finish (status " + info.get("status") + ")");
    }
    if (!(info.get("config") instanceof Map<?, ?> config) || !(config.get("network") instanceof String net)) {
      throw new UserError(runJson + ": no config.network");
    }
    Map<String, Object> protocol = new LinkedHashMap<>();
    config.forEach((k, v) -> {
      if (!PER_FOLDER.contains(String.valueOf(k))) {
        protocol.put(String.valueOf(k), v);
      }
    });
    List<SeedOutcome> outcomes = new ArrayList<>();
    List<Integer> testImages = new ArrayList<>();
    if (config.get("seeds") instanceof List<?> seeds) {
      for (Object s : seeds) {
        long seed = ((Number) s).longValue();
        readTable(dir.resolve("seed" + seed + "-table1.csv"), seed, outcomes, testImages);
      }
    } else if (info.get("seed") instanceof Number seed) {
      readTable(dir.resolve("table1.csv"), seed.longValue(), outcomes, testImages);
    } else {
      throw new UserError(runJson + ": no seed");
    }
    OptionalInt n = testImages.isEmpty() ? subset(config) : OptionalInt.of(testImages.get(0));
    DeepNetwork network;
    try {
      network = DeepNetwork.parse(net);
    } catch (IllegalArgumentException e) {
      throw new UserError(runJson + ": " + e.getMessage());
    }
    return new Table1RunFolder(dir, network, protocol, outcomes, n);
  }

  private static OptionalInt subset(Map<?, ?> config) {
    return config.get("testSubset") instanceof Number t && t.intValue() > 0 ? OptionalInt.of(t.intValue())
        : OptionalInt.empty();
  }

  private static void readTable(Path csv, long seed, List<SeedOutcome> into, List<Integer> testImages) {
    if (!Files.isRegularFile(csv)) {
      throw new UserError(csv + ": missing (the run folder has no table for root seed " + seed + ")");
    }
    try (MappingIterator<Map<String, String>> rows = CSV.readerForMapOf(String.class)
        .with(CsvSchema.emptySchema().withHeader()).readValues(csv.toFile())) {
      int line = 1;
      while (rows.hasNext()) {
        Map<String, String> row = rows.next();
        line++;
        if ("float".equals(row.get("bits"))) {
          continue;
        }
        try {
          into.add(new SeedOutcome(Integer.parseInt(field(row, "bits")), SteVariant.parse(field(row, "ste")), seed,
              Double.parseDouble(field(row, "test_accuracy_pct")) / 100, Double.parseDouble(field(row, "train_loss"))));
          String n = row.get("test_images");
          if (n != null && !n.isEmpty()) {
            testImages.add(Integer.parseInt(n));
          }
        } catch (IllegalArgumentException e) {
          throw new UserError(csv + " line " + line + ": " + e.getMessage());
        }
      }
    } catch (IOException e) {
      throw new UserError(csv + ": not a readable CSV table (" + firstLine(e) + ")");
    }
  }

  private static String field(Map<String, String> row, String name) {
    String v = row.get(name);
    if (v == null || v.isEmpty()) {
      throw new IllegalArgumentException("no " + name);
    }
    return v;
  }

  private static String firstLine(Exception e) {
    String m = String.valueOf(e.getMessage());
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }
}
