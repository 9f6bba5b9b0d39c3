package dev.ste4j.nn.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.data.Dataset;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.model.ModelConfig;
import dev.ste4j.nn.model.Models;
import dev.ste4j.nn.train.Evaluator;
import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.random.Rng;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Format version 2 carries the input preprocessing: {@link ExportedModel#predictRaw} on raw samples equals the
 * training graph on the preprocessed ones; a version-1 file (no preprocessing block) still loads, as identity.
 */
class ExportPreprocessingTest {

  private static final int[] SHAPE = {3, 4, 4};

  private static Dataset raw(int n) {
    Rng rng = new Rng(21);
    float[] x = new float[n * 48];
    for (int i = 0; i < x.length; i++) {
      x[i] = rng.nextInt(256);
    }
    int[] labels = new int[n];
    return new Dataset("raw", x, labels, SHAPE, 10);
  }

  private static Module model() {
    Module m = Models.create("bnn-mlp", ModelConfig.binary().withWidth(16).withInputShape(SHAPE).withSeed(4));
    ExportRoundTripTest.randomizeBatchNorms(m, new Rng(6));
    m.train(false);
    return m;
  }

  @Test
  void rawSamplesThroughTheRecordedPreprocessingPredictAsTheTrainingGraph() {
    Dataset raw = raw(30);
    Preprocessing p = Preprocessing.measure(255f, raw);
    Module m = model();
    byte[] b = ModelExporter.encode(m, "bnn-mlp", SHAPE, p);
    ExportedModel loaded = ExportedModel.decode(Path.of("v2.ste"), b);
    assertThat(ByteBuffer.wrap(b, 8, 2).getShort()).isEqualTo((short) 2);
    assertThat(loaded.preprocessing()).isEqualTo(p);
    Dataset prepared = p.apply(raw);
    assertThat(loaded.predictRaw(raw)).containsExactly(Evaluator.predict(m, prepared, 1000))
        .containsExactly(loaded.predict(prepared));
    Tensor batch = Tensor.wrap(raw.features(), 30, 3, 4, 4);
    assertThat(loaded.forwardRaw(batch).data()).containsExactly(loaded.forward(Tensor.wrap(prepared.features(),
        30, 3, 4, 4)).data());
    // The raw values are far from the standardized ones, so forgetting the preprocessing would show.
    assertThat(loaded.forward(batch).data()).isNotEqualTo(loaded.forwardRaw(batch).data());
  }

  @Test
  void aVersionOneFileLoadsWithIdentityPreprocessing() {
    Module m = model();
    byte[] v2 = ModelExporter.encode(m, "bnn-mlp", SHAPE);
    // Version 1 is version 2 without the identity block (channels u16 = 0, raw max f32 = 1) after the input shape.
    int block = 8 + 2 + 2 + "bnn-mlp".length() + 1 + 4 * SHAPE.length;
    assertThat(ByteBuffer.wrap(v2, block, 6).getShort()).isZero();
    assertThat(ByteBuffer.wrap(v2, block + 2, 4).getFloat()).isEqualTo(1f);
    byte[] v1 = new byte[v2.length - 6];
    System.arraycopy(v2, 0, v1, 0, block);
    System.arraycopy(v2, block + 6, v1, block, v2.length - block - 6);
    ByteBuffer.wrap(v1).putShort(8, (short) 1);
    ExportedModel old = ExportedModel.decode(Path.of("v1.ste"), v1);
    assertThat(old.preprocessing()).isEqualTo(Preprocessing.IDENTITY);
    Dataset raw = raw(12);
    assertThat(old.predictRaw(raw)).containsExactly(old.predict(raw)).containsExactly(Evaluator.predict(m, raw, 100));
  }

  @Test
  void aPreprocessingBlockThatDoesNotFitIsAModelFileException() {
    Preprocessing p = Preprocessing.measure(255f, raw(5));
    byte[] b = ModelExporter.encode(model(), "bnn-mlp", SHAPE, p);
    int block = 8 + 2 + 2 + "bnn-mlp".length() + 1 + 4 * SHAPE.length;
    byte[] channels = b.clone();
    ByteBuffer.wrap(channels).putShort(block, (short) 2);
    assertThatThrownBy(() -> ExportedModel.decode(Path.of("c.ste"), channels)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("c.ste").hasMessageContaining("preprocessing has 2 channels");
    byte[] nan = b.clone();
    ByteBuffer.wrap(nan).putFloat(block + 2 + 4 + 12, Float.NaN); // the first inverse deviation
    assertThatThrownBy(() -> ExportedModel.decode(Path.of("n.ste"), nan)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("channel 0");
    byte[] cut = Arrays.copyOf(b, block + 10);
    assertThatThrownBy(() -> ExportedModel.decode(Path.of("t.ste"), cut)).isInstanceOf(ModelFileException.class)
        .hasMessageContaining("truncated");
    assertThatThrownBy(() -> ModelExporter.encode(model(), "bnn-mlp", SHAPE,
        Preprocessing.measure(16f, new Dataset("flat", new float[64], new int[1], new int[] {64}, 10))))
        .hasMessageContaining("preprocessing for 1 channels");
  }
}
