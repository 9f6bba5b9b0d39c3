package dev.ste4j.nn.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.CheckpointFormat;
import dev.ste4j.nn.checkpoint.ResumeState;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A checkpoint of format version 1 (resume state as metadata strings) still resumes bitwise equal. */
class Version1ResumeTest {

  /** The bytes the version 1 trainer wrote for the same checkpoint: its resume state as metadata and extras. */
  static byte[] asVersion1(Checkpoint c) {
    ResumeState r = c.resume();
    Map<String, String> meta = new LinkedHashMap<>(c.metadata());
    meta.put("history", r.history());
    meta.put("epoch.lossSum", Double.toHexString(r.lossSum()));
    meta.put("epoch.correct", Long.toString(r.correct()));
    meta.put("epoch.samples", Long.toString(r.samples()));
    meta.put("epoch.skipped", Integer.toString(r.skipped()));
    meta.put("epoch.seconds", Double.toHexString(r.seconds()));
    r.randomSources().forEach((k, v) -> meta.put("rng." + k, v[0] + "," + v[1]));
    Map<String, float[]> extras = new LinkedHashMap<>();
    r.flipSigns().forEach((k, v) -> extras.put("flip." + k, v));
    byte[] v2 = CheckpointFormat.toBytes(new Checkpoint(c.model(), c.epoch(), c.batch(), c.step(), c.rngSeed(),
        c.rngState(), meta, c.parameters(), c.buffers(), c.optimizer(), extras, null));
    // Version 2 without a resume state ends with the marker byte 0 and the CRC; version 1 has neither marker.
    byte[] v1 = Arrays.copyOf(v2, v2.length - 1);
    ByteBuffer.wrap(v1).putInt(8, 1);
    CRC32 crc = new CRC32();
    crc.update(v1, 0, v1.length - 4);
    ByteBuffer.wrap(v1).putInt(v1.length - 4, (int) crc.getValue());
    return v1;
  }

  @Test
  void aVersion1CheckpointResumesBitwiseEqualToAnUninterruptedRun(@TempDir Path dir) {
    TrainingOptions options = TrainingOptions.of(3, 20, 11).withCheckpointEvery(4);
    TrainerTest.Setup whole = TrainerTest.setup(options, null, null, true);
    TrainingResult expected = whole.trainer().fit(TrainerTest.TRAIN, TrainerTest.TEST, null);
    Path ckpt = dir.resolve("run.ckpt");
    TrainerTest.Setup first = TrainerTest.setup(options, ckpt, new TrainingListener() {
      @Override
      public void step(int epoch, int batch, int batches, long step, double loss, double acc) {
        if (step == 22) {
          throw new IllegalStateException("crash");
        }
      }
    }, true);
    assertThatThrownBy(() -> first.trainer().fit(TrainerTest.TRAIN, TrainerTest.TEST, null))
        .hasMessage("crash");
    Checkpoint saved = CheckpointFormat.read(ckpt);
    assertThat(saved.batch()).isPositive();
    Checkpoint old = CheckpointFormat.fromBytes(ckpt, asVersion1(saved));
    assertThat(old.resume()).isNull();
    assertThat(old.metadata()).containsKeys("history", "epoch.lossSum");

    TrainerTest.Setup resumed = TrainerTest.setup(options, dir.resolve("again.ckpt"), null, true);
    TrainingResult got = resumed.trainer().fit(TrainerTest.TRAIN, TrainerTest.TEST, old);
    TrainerTest.assertBitwiseEqual(TrainerTest.weights(resumed.model()), TrainerTest.weights(whole.model()));
    assertThat(TrainerTest.withoutTimes(got.history())).isEqualTo(TrainerTest.withoutTimes(expected.history()));
    // What it writes from then on is version 2, with the resume state as typed fields.
    assertThat(CheckpointFormat.read(dir.resolve("again.ckpt")).resume()).isNotNull();
  }
}
