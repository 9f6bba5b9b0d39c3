package dev.ste4j.cli.command.zoo;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.cli.UserError;
import dev.ste4j.cli.command.data.DataSourceOptions;
import dev.ste4j.cli.command.model.ChosenModel;
import dev.ste4j.cli.command.train.ConfigYaml;
import dev.ste4j.cli.command.train.EvalCommand;
import dev.ste4j.cli.command.train.RunCheckpoint;
import dev.ste4j.cli.command.train.TrainConfig;
import dev.ste4j.cli.report.AtomicFiles;
import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.export.ExportedModel;
import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.metric.Accuracy;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ste zoo add NAME RUN_DIR… --zoo-dir DIR}: makes a zoo entry's card and model from finished runs of its
 * recipe. Every run must be a succeeded {@code ste train} run of exactly the recipe (only the seed, threads and data
 * folder may differ, since they do not change what is trained or the results do not depend on them); the card
 * records each run's test accuracy, epochs, wall time and command, their mean and standard deviation, and the
 * model exported from the first run (or {@code --ship-seed}), whose own test accuracy is measured on the file.
 */
@Command(name = "add", mixinStandardHelpOptions = true,
    description = "Write a zoo entry's card and bit-packed model from finished ste train runs of its recipe.")
public final class ZooAddCommand implements Callable<Integer> {

  /** Keys of a run's config that may differ from the recipe's: they do not change what is trained. */
  private static final List<String> FREE = List.of("seed", "threads", "data_dir");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Parameters(index = "0", paramLabel = "NAME", description = "The entry (see ste zoo list).")
  String name;

  @Parameters(index = "1..*", arity = "1..*", paramLabel = "RUN_DIR", description = "Run folders of ste train"
      + " --config zoo/RECIPE, one per seed.")
  List<Path> runs;

  @Option(names = "--ship-seed", paramLabel = "S", description = "The seed whose model the entry ships (default: the"
      + " first run's).")
  Long shipSeed;

  @Mixin DataSourceOptions data;

  @Mixin ZooDirOption source;

  @Spec CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    if (source.dir == null) {
      throw new UserError("give the zoo folder to write into: --zoo-dir DIR (the repository's zoo/)");
    }
    Zoo zoo = source.zoo();
    ZooEntry entry = zoo.entry(name);
    Map<String, Object> recipe = recipeConfig(zoo, entry);
    List<ZooRun> measured = new ArrayList<>();
    Path shipped = null;
    for (Path dir : runs) {
      ZooRun r = checkedRun(dir, recipe);
      if (measured.stream().anyMatch(m -> m.seed() == r.seed())) {
        throw new UserError(dir + ": seed " + r.seed() + " is given twice; a card averages different seeds");
      }
      measured.add(r);
      if (shipSeed == null ? shipped == null : shipSeed == r.seed()) {
        shipped = dir;
      }
    }
    if (shipped == null) {
      throw new UserError("--ship-seed " + shipSeed + ": no run given has that seed");
    }
    long seed = measured.get(runs.indexOf(shipped)).seed();
    Path model = source.dir.resolve(entry.modelFile());
    // Exported and measured beside the entry first: a failure leaves the entry's model and card as they were.
    Path fresh = source.dir.resolve(entry.modelFile() + ".new");
    ExportedModel file = export(shipped, fresh);
    byte[] bytes = Files.readAllBytes(fresh);
    ZooCard card;
    try {
      PrintWriter err = spec.commandLine().getErr();
      Dataset test = EvalCommand.rawSplit(file.name(), entry.data(), data.given(), null, "test", data.noFetch(), err);
      double fileAccuracy = Accuracy.of(file.predictRaw(test), test.labels());
      double[] stats = ZooCard.meanAndSd(measured);
      card = new ZooCard(name, measured, stats[0], stats[1], test.size(), seed, fileAccuracy, bytes.length,
          Sha256.hex(bytes), machine(shipped), Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
    } finally {
      Files.deleteIfExists(fresh);
    }
    AtomicFiles.write(model, bytes);
    AtomicFiles.write(source.dir.resolve(entry.cardFile()), Zoo.cardJson(card));
    PrintWriter out = spec.commandLine().getOut();
    out.println(name + ": card " + source.dir.resolve(entry.cardFile()) + ", model " + model);
    out.println(ZooListCommand.measured(card));
    if (!Double.isNaN(entry.target())) {
      out.printf(Locale.ROOT, "  target %.2f %%: %s%n", entry.target(), 100 * card.meanAccuracy() >= entry.target()
          ? "reached" : "not reached");
    }
    out.flush();
    return 0;
  }

  /** The recipe as a complete config map, as run.json records a run's config. */
  private static Map<String, Object> recipeConfig(Zoo zoo, ZooEntry e) {
    Object root;
    try {
      root = ConfigYaml.read(zoo.recipe(e), "recipe " + e.recipe());
    } catch (IOException ex) {
      throw new UserError(zoo.where() + ": recipe " + e.recipe() + " is not valid YAML: " + ex.getMessage(), ex);
    }
    if (!(root instanceof Map<?, ?> m)) {
      throw new UserError(zoo.where() + ": recipe " + e.recipe() + " must be a map of ste train keys");
    }
    Map<String, Object> values = new LinkedHashMap<>();
    m.forEach((k, v) -> values.put(String.valueOf(k), v));
    return TrainConfig.fromMap("recipe " + e.recipe(), values).toMap();
  }

  /** A run folder checked against the recipe, with what it measured. */
  @SuppressWarnings("unchecked")
  private ZooRun checkedRun(Path dir, Map<String, Object> recipe) {
    Map<String, Object> info = json(dir.resolve("run.json"));
    if (!"train".equals(info.get("command")) || !(info.get("config") instanceof Map<?, ?> cfg)) {
      throw new UserError(dir + ": not a run folder of ste train (its run.json is missing or of another command)");
    }
    if (!"succeeded".equals(info.get("status"))) {
      throw new UserError(dir + ": the run did not succeed (status " + info.get("status") + "); a card records"
          + " finished runs only");
    }
    Map<String, Object> config = (Map<String, Object>) cfg;
    // Both sides through Jackson, so that numbers compare as JSON writes them.
    Map<String, Object> want = JSON.convertValue(recipe, Map.class);
    for (String key : union(config, want)) {
      if (!FREE.contains(key) && !Objects.equals(config.get(key), want.get(key))) {
        throw new UserError(dir + ": its " + key + " is " + config.get(key) + ", recipe " + name + " has "
            + want.get(key) + "; a card records runs of the recipe as it is");
      }
    }
    List<Map<String, Object>> rows = (List<Map<String, Object>>) json(dir.resolve("metrics.json")).get("rows");
    if (rows == null || rows.isEmpty()) {
      throw new UserError(dir + ": metrics.json has no epochs");
    }
    Map<String, Object> last = rows.get(rows.size() - 1);
    List<String> args = info.get("arguments") instanceof List<?> l ? l.stream().map(String::valueOf).toList()
        : List.of();
    return new ZooRun(((Number) config.get("seed")).longValue(), ((Number) last.get("test_accuracy")).doubleValue(),
        ((Number) last.get("epoch")).intValue(), ((Number) info.get("seconds")).doubleValue(), args);
  }

  private static List<String> union(Map<String, Object> a, Map<String, Object> b) {
    List<String> keys = new ArrayList<>(a.keySet());
    b.keySet().stream().filter(k -> !a.containsKey(k)).forEach(keys::add);
    return keys;
  }

  /** Exports the run's checkpoint to {@code target} and loads it back. */
  private ExportedModel export(Path run, Path target) throws IOException {
    RunCheckpoint saved = RunCheckpoint.read(run);
    ChosenModel chosen = new ChosenModel(saved.model(), saved.modelConfig(), saved);
    Module m = chosen.build();
    m.train(false);
    ModelExporter.export(m, chosen.name(), chosen.sampleShape(), chosen.preprocessing(), target);
    return ExportedModel.load(target, chosen.name());
  }

  @SuppressWarnings("unchecked")
  private static String machine(Path run) {
    Object m = json(run.resolve("run.json")).get("machine");
    if (!(m instanceof Map<?, ?> map)) {
      return "not recorded";
    }
    return map.get("cpu") + ", " + map.get("cores") + " cores, " + map.get("jdk");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> json(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new UserError(file + ": no such file; is " + file.getParent() + " a finished ste train run folder?");
    }
    try {
      return JSON.readValue(file.toFile(), Map.class);
    } catch (IOException e) {
      throw new UserError(file + ": not valid JSON: " + e.getMessage(), e);
    }
  }
}
