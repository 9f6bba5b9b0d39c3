package dev.ste4j.cli.command.train;

import dev.ste4j.nn.FuzzTally;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.cli.TextFuzz;
import dev.ste4j.cli.UserError;
import dev.ste4j.tensor.random.Rng;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Seeded mutants of a valid YAML and a valid JSON training config ({@code ste train --config}): each must read into a
 * {@link TrainConfig} that survives the round trip through run.json ({@code --resume} rebuilds the run from
 * {@link TrainConfig#toMap()}), or fail with a one-line {@link UserError} that names the file. Anything else, or a
 * case allocating more than 64 MiB, fails the test. Cases per format: {@code -Dste4j.fuzz.cases} (see
 * {@link TextFuzz}).
 */
@Timeout(value = 120, unit = TimeUnit.SECONDS)
class TrainConfigFuzzTest {

  static final String YAML = """
      # a complete config
      model: mlp
      model_options:
        width: 16
        input_shape: 1x8x8
        kernel_quantizer: ste_sign
        kernel_clip: 1
      data: digits
      data_dir: /tmp/nowhere
      epochs: 2
      batch: 50
      seed: 7
      threads: 1
      optimizer:
        groups:
          - {match: {precision: 1}, name: bop, threshold: 1.0e-6, gamma: 1.0e-3}
          - {match: {precision: '>1'}, name: adam, lr: 0.001}
      schedule: {name: cosine, warmup_epochs: 1}
      skip_nonfinite: false
      checkpoint_every: 10
      eval_batch: 500
      """;

  static final String JSON = """
      {"model": "lenet5", "model_options": {"bits": 2, "ste": "clipped_relu", "width": 4, "seed": 3},
       "data": "mnist", "epochs": 3, "batch": 32, "seed": 11, "lr": 0.01,
       "optimizer": {"name": "sgd", "momentum": 0.9}, "schedule": "constant", "skip_nonfinite": true}
      """;

  @TempDir Path dir;

  @Test
  void yamlConfigsLoadOrFailNamingTheFile() throws Exception {
    assertThat(fuzz("config-yaml", YAML, ".yaml").loadedCount()).isPositive();
  }

  @Test
  void jsonConfigsLoadOrFailNamingTheFile() throws Exception {
    assertThat(fuzz("config-json", JSON, ".json").loadedCount()).isPositive();
  }

  private FuzzTally fuzz(String name, String valid, String suffix) throws Exception {
    FuzzTally outcomes = new FuzzTally(name, "UserError");
    Rng rng = new Rng(TextFuzz.SEED).split(name.hashCode());
    for (int c = 0; c < TextFuzz.cases(); c++) {
      byte[] content = TextFuzz.mutate(valid, rng);
      Path file = dir.resolve(name + "-" + c + suffix);
      Files.write(file, content);
      outcomes.check(c, k -> {
        try {
          TrainConfig config = load(file);
          // What --resume reads back from run.json must be the same configuration.
          assertThat(TrainConfig.fromMap("run.json", config.toMap())).isEqualTo(config);
          outcomes.loaded();
        } catch (UserError e) {
          if (!e.getMessage().startsWith("config " + file) || e.getMessage().contains("\n")) {
            outcomes.other(k, "message does not name the file on one line: " + e.getMessage());
          } else {
            outcomes.rejected();
          }
        }
      });
      Files.delete(file);
    }
    System.out.println(outcomes.summary());
    assertThat(outcomes.others()).as(outcomes.summary()).isEmpty();
    assertThat(outcomes.maxAllocated()).isLessThan(64L << 20);
    assertThat(outcomes.rejectedCount()).isPositive();
    return outcomes;
  }

  /** What {@code ste train --config FILE} does before it loads any data. */
  static TrainConfig load(Path file) {
    Map<String, Object> values = TrainConfig.readYaml(file);
    return TrainConfig.fromMap("config " + file, values);
  }

  /** Cases the fuzz found, kept as regressions: each failed with another exception or a multi-line message. */
  @Test
  void foundByTheFuzz() throws Exception {
    Path syntax = Files.writeString(dir.resolve("s.yaml"), "model: mlp\nmodel_optio\ndata: digits\n");
    assertThatThrownBy(() -> load(syntax)).isInstanceOf(UserError.class)
        .hasMessage("config " + syntax + ": not valid YAML at line 3, column 1: could not find expected ':'");
    for (String bad : new String[] {"checkpoint_every: 1e999", "batch: [1e308, -1e308]", "seed: true",
        "skip_nonfinite: \"\\u0000\"", "model_options: {input_shape: 3x}", "model_options: {width: 4294967297}",
        "model_options: {input_shape: 100000x100000x100000}", "model_options: {kernel_clip: Infinity}"}) {
      Path f = Files.writeString(dir.resolve("k.yaml"), "model: mlp\ndata: digits\n" + bad + "\n");
      String key = bad.contains("{") ? bad.substring(bad.indexOf('{') + 1, bad.indexOf(':', bad.indexOf('{')))
          : bad.substring(0, bad.indexOf(':'));
      assertThatThrownBy(() -> load(f)).as("%s", bad).isInstanceOf(UserError.class)
          .hasMessageStartingWith("config " + f + ": ").hasMessageContaining(key).hasMessageNotContaining("\n");
    }
  }

  @Test
  void theValidConfigsLoad() throws Exception {
    Path yaml = Files.writeString(dir.resolve("a.yaml"), YAML);
    assertThat(load(yaml).toMap().get("optimizer")).isInstanceOf(Map.class);
    Path json = Files.writeString(dir.resolve("a.json"), JSON);
    assertThat(load(json).options().skipNonFinite()).isTrue();
  }
}
