package dev.ste4j.cli.command.zoo;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ste4j.cli.InProcessCliTest;
import dev.ste4j.cli.RunFolders;
import dev.ste4j.cli.SyntheticMnist;
import dev.ste4j.nn.export.ExportedModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The zoo's recipes as packaged with ste, each trained for two steps on synthetic MNIST-shaped data, added to a zoo
 * folder, written out again by {@code ste zoo get} and run. The copied recipes differ from the packaged ones only in
 * epochs, batch size and width (4, so that the test stays quick), so the model, the other model options, optimizer,
 * schedule and augmentation are the real recipe's.
 */
class ZooCommandTest extends InProcessCliTest {

  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  @TempDir Path tmp;
  private Path data;
  private Path zoo;

  @BeforeEach
  void smallZoo() throws IOException {
    data = SyntheticMnist.write(tmp.resolve("data"), 40, 30);
    zoo = Files.createDirectories(tmp.resolve("zoo"));
    Zoo packaged = Zoo.at(null);
    Files.writeString(zoo.resolve(Zoo.INDEX), new String(
        Zoo.class.getResourceAsStream("/dev/ste4j/zoo/" + Zoo.INDEX).readAllBytes()));
    for (ZooEntry e : packaged.entries()) {
      @SuppressWarnings("unchecked")
      Map<String, Object> recipe = new LinkedHashMap<>(YAML.readValue(packaged.recipe(e), Map.class));
      recipe.put("epochs", 1);
      recipe.put("batch", 20);
      @SuppressWarnings("unchecked")
      Map<String, Object> options = new LinkedHashMap<>((Map<String, Object>) recipe.get("model_options"));
      options.put("width", 4);
      recipe.put("model_options", options);
      YAML.writeValue(zoo.resolve(e.recipe()).toFile(), recipe);
    }
  }

  @Test
  void everyRecipeTrainsAndItsAddedModelIsWrittenOutLoadsAndPredictsAsMeasured() throws IOException {
    List<ZooEntry> entries = Zoo.at(zoo).entries();
    assertThat(entries).extracting(ZooEntry::name)
        .containsExactly("binarynet-mlp-mnist", "binary-cnn-mnist", "binary-cnn-fashion-mnist");
    for (ZooEntry e : entries) {
      Path run = train(e, 1);
      assertThat(run("zoo", "add", e.name(), run.toString(), "--zoo-dir", zoo.toString(), "--data-dir",
          data.toString())).as(err.toString()).isZero();
      ZooCard card = Zoo.at(zoo).card(e).orElseThrow();
      assertThat(card.runs()).singleElement().extracting(ZooRun::seed).isEqualTo(1L);
      assertThat(card.testSamples()).isEqualTo(30);
      // The shipped file, measured on its own, predicts exactly what the training graph did.
      assertThat(card.fileAccuracy()).isEqualTo(card.runs().get(0).testAccuracy());
      Path got = tmp.resolve(e.name() + ".ste");
      assertThat(run("zoo", "get", e.name(), "--zoo-dir", zoo.toString(), "--out", got.toString())).isZero();
      assertThat(Files.readAllBytes(got)).isEqualTo(Files.readAllBytes(zoo.resolve(e.modelFile())));
      ExportedModel m = ExportedModel.load(got);
      assertThat(m.name()).isEqualTo(e.recipe().contains("mlp") ? "bnn-mlp" : "bnn-cnn");
      assertThat(run("eval", got.toString(), "--data", e.data(), "--data-dir", data.toString())).isZero();
      assertThat(out.toString()).contains(String.format(java.util.Locale.ROOT, "accuracy %.2f%%",
          100 * card.fileAccuracy()));
    }
    assertThat(run("zoo", "list", "--zoo-dir", zoo.toString())).isZero();
    assertThat(out.toString()).contains("measured").doesNotContain("not trained yet");
  }

  @Test
  void everyShippedModelIsWrittenOutCheckedAgainstItsCardAndRuns() throws IOException {
    Zoo packaged = Zoo.at(null);
    List<ZooEntry> trained = packaged.entries().stream().filter(e -> packaged.card(e).isPresent()).toList();
    assertThat(trained).extracting(ZooEntry::name).contains("binarynet-mlp-mnist");
    for (ZooEntry e : trained) {
      ZooCard card = packaged.card(e).orElseThrow();
      Path got = tmp.resolve("shipped-" + e.name() + ".ste");
      assertThat(run("zoo", "get", e.name(), "--out", got.toString())).as(err.toString()).isZero();
      assertThat(Files.size(got)).isEqualTo(card.bytes());
      assertThat(ExportedModel.load(got).name()).isEqualTo(e.recipe().contains("mlp") ? "bnn-mlp" : "bnn-cnn");
      // Synthetic digits say nothing of the accuracy, only that the file runs on MNIST-shaped input.
      assertThat(run("eval", got.toString(), "--data", e.data(), "--data-dir", data.toString()))
          .as(err.toString()).isZero();
      assertThat(out.toString()).contains("accuracy ");
    }
  }

  @Test
  void aCardAveragesItsSeedsAndShipsTheSeedAsked() throws IOException {
    ZooEntry e = Zoo.at(zoo).entry("binary-cnn-mnist");
    Path one = train(e, 1);
    Path two = train(e, 2);
    assertThat(run("zoo", "add", e.name(), one.toString(), two.toString(), "--ship-seed", "2", "--zoo-dir",
        zoo.toString(), "--data-dir", data.toString())).as(err.toString()).isZero();
    ZooCard card = Zoo.at(zoo).card(e).orElseThrow();
    double a = card.runs().get(0).testAccuracy();
    double b = card.runs().get(1).testAccuracy();
    assertThat(card.meanAccuracy()).isCloseTo((a + b) / 2, org.assertj.core.api.Assertions.within(1e-15));
    assertThat(card.sdAccuracy()).isCloseTo(Math.abs(a - b) / Math.sqrt(2), org.assertj.core.api.Assertions.within(
        1e-15));
    assertThat(card.shippedSeed()).isEqualTo(2L);
    assertThat(card.fileAccuracy()).isEqualTo(b);
    assertThat(run("zoo", "add", e.name(), one.toString(), one.toString(), "--zoo-dir", zoo.toString(),
        "--data-dir", data.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("seed 1 is given twice");
  }

  @Test
  void runsOfAnotherRecipeDamagedFilesAndExistingOutputsAreRefusedInOneLine() throws IOException {
    ZooEntry e = Zoo.at(zoo).entry("binary-cnn-mnist");
    assertThat(run("zoo", "get", e.name(), "--zoo-dir", zoo.toString(), "--out", tmp.resolve("x.ste").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("has no trained model");
    Path other = train(e, 1, "--lr", "0.01");
    assertThat(run("zoo", "add", e.name(), other.toString(), "--zoo-dir", zoo.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("its optimizer is").contains("a card records runs of the recipe as it is");
    assertThat(Files.exists(zoo.resolve(e.cardFile()))).isFalse();

    Path run = train(e, 1);
    assertThat(run("zoo", "add", e.name(), run.toString(), "--zoo-dir", zoo.toString(), "--data-dir",
        data.toString())).isZero();
    Path out = Files.writeString(tmp.resolve("kept.ste"), "mine");
    assertThat(run("zoo", "get", e.name(), "--zoo-dir", zoo.toString(), "--out", out.toString())).isEqualTo(2);
    assertThat(err.toString()).contains("exists");
    assertThat(Files.readString(out)).isEqualTo("mine");

    byte[] model = Files.readAllBytes(zoo.resolve(e.modelFile()));
    model[model.length / 2] ^= 1;
    Files.write(zoo.resolve(e.modelFile()), model);
    assertThat(run("zoo", "get", e.name(), "--zoo-dir", zoo.toString(), "--out", tmp.resolve("y.ste").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("SHA-256").contains("damaged");
    assertThat(run("zoo", "get", "alexnet")).isEqualTo(2);
    assertThat(err.toString()).contains("no zoo entry 'alexnet'").contains("binary-cnn-mnist");
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void theRecipeItselfIsWrittenForUsersOutsideTheRepository() throws IOException {
    Path recipe = tmp.resolve("r.yaml");
    assertThat(run("zoo", "get", "binary-cnn-mnist", "--recipe", "--out", recipe.toString())).isZero();
    assertThat(Files.readString(recipe)).contains("model: bnn-cnn").contains("augment:");
  }

  private Path train(ZooEntry e, long seed, String... extra) throws IOException {
    Path runs = Files.createDirectories(tmp.resolve("runs-" + e.name() + "-" + seed + "-" + extra.length));
    List<String> args = new java.util.ArrayList<>(List.of("train", "--config", zoo.resolve(e.recipe()).toString(),
        "--seed", Long.toString(seed), "--data-dir", data.toString(), "--out", runs.toString(), "--quiet"));
    args.addAll(List.of(extra));
    assertThat(run(args.toArray(String[]::new))).as(err.toString()).isZero();
    return RunFolders.only(runs);
  }
}
