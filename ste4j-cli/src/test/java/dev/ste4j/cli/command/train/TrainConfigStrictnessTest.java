package dev.ste4j.cli.command.train;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.cli.InProcessCliTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ste train --config FILE}: duplicate keys, YAML's special floats, non-UTF-8 bytes and folders. */
class TrainConfigStrictnessTest extends InProcessCliTest {

  @TempDir Path dir;

  private String refuse(String yaml) throws Exception {
    Path config = dir.resolve("c.yaml");
    Files.writeString(config, "model: mlp\ndata: digits\n" + yaml);
    // A check that needs the samples' shape runs once the data is read: the test brings its own digits.
    Path data = dir.resolve("data");
    if (!Files.exists(data)) {
      dev.ste4j.nn.SyntheticDigits.write(data, 600, 1);
    }
    err.getBuffer().setLength(0);
    assertThat(run("train", "--config", config.toString(), "--data-dir", data.toString(), "--out",
        dir.resolve("runs").toString()))
        .as(yaml).isEqualTo(2);
    assertThat(err.toString().lines()).as(yaml).singleElement();
    assertThat(Files.exists(dir.resolve("runs"))).as(yaml).isFalse();
    return err.toString().strip();
  }

  @Test
  void aKeyGivenTwiceIsRefusedAtAnyDepth() throws Exception {
    assertThat(refuse("epochs: 1\nepochs: 2\n")).isEqualTo("ste: config " + dir.resolve("c.yaml")
        + ": not valid YAML: key \"epochs\" given twice (line 4); each key may appear once in a map");
    assertThat(refuse("optimizer: {name: sgd, lr: 0.1, lr: 0.2}\n")).contains("key \"lr\" given twice");
  }

  @Test
  void yamlSpecialFloatsAreSyntaxButNotValues() throws Exception {
    assertThat(refuse("lr: .nan\n")).endsWith(": lr must be a finite number, got .nan");
    assertThat(refuse("lr: .inf\n")).endsWith(": lr must be a finite number, got .inf");
    assertThat(refuse("optimizer: {name: adam, lr: -.inf}\n")).endsWith(": optimizer.lr must be a finite number, got -.inf");
    assertThat(refuse("schedule: {name: step, milestones: [1, .NaN]}\n"))
        .endsWith(": schedule.milestones[1] must be a finite number, got .NaN");
    assertThat(refuse("lr: 1e999\n")).endsWith(": lr must be a finite number, got 1e999");
  }

  @Test
  void aNonUtf8FileAndAFolderAreNamed() throws Exception {
    Path config = dir.resolve("latin1.yaml");
    Files.write(config, "model: mlp\ndata: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(run("train", "--config", config.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("ste: config " + config + " is not UTF-8 text (byte 0xE9 at offset 20)");
    err.getBuffer().setLength(0);
    assertThat(run("train", "--config", dir.toString())).isEqualTo(2);
    assertThat(err.toString().strip()).isEqualTo("ste: config " + dir + " is a folder, expected a config file");
  }

  @Test
  void aBadAugmentSectionIsNamedBeforeAnyFolderIsMade() throws Exception {
    assertThat(refuse("augment: 3\n")).contains("augment must be none or a map like {padding: 2, flip: false}");
    assertThat(refuse("augment: {pad: 2}\n")).contains("augment: unknown key 'pad'").contains("flip, padding");
    assertThat(refuse("augment: {padding: -1}\n")).contains("padding must be an integer ≥ 0");
    assertThat(refuse("model_options: {input_shape: '64'}\naugment: {padding: 2}\n")).contains("random crop needs image samples [C, H, W]")
        .contains("input_shape");
  }

  @Test
  void bnRecalibrationIsACountOfBatchesThatRoundTripsThroughRunJson() throws Exception {
    assertThat(refuse("bn_recalibration: -1\n")).contains("bn_recalibration must be an integer ≥ 0");
    assertThat(refuse("bn_recalibration: many\n")).contains("bn_recalibration");
    TrainConfig c = TrainConfig.fromMap("test", new java.util.LinkedHashMap<>(java.util.Map.of("model", "mlp",
        "data", "digits", "bn_recalibration", 50)));
    assertThat(c.training().bnRecalibrationBatches()).isEqualTo(50);
    assertThat(c.toMap()).containsEntry("bn_recalibration", 50);
    assertThat(TrainConfig.fromMap("run.json", c.toMap())).isEqualTo(c);
    TrainConfig off = TrainConfig.fromMap("test", new java.util.LinkedHashMap<>(java.util.Map.of("model", "mlp",
        "data", "digits")));
    assertThat(off.toMap()).doesNotContainKey("bn_recalibration");
  }
}
