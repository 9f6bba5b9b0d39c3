package dev.ste4j.nn.train;

import dev.ste4j.nn.checkpoint.Checkpoint;
import dev.ste4j.nn.checkpoint.ResumeState;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.metric.ClassificationTally;
import dev.ste4j.nn.metric.FlipRatio;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The mutable position and running totals of a training run, and their round trip through a checkpoint's
 * {@link ResumeState} (or, for a checkpoint of format version 1, through the strings its trainer kept in the metadata).
 */
final class RunProgress {

  int epoch;
  int batch;
  long step;
  ClassificationTally tally = new ClassificationTally();
  int skipped;
  double seconds;
  FlipRatio flips;
  final List<EpochStats> history = new ArrayList<>();

  /** Starts a new epoch's running totals. */
  void startEpoch(Map<String, Parameter> params) {
    tally = new ClassificationTally();
    skipped = 0;
    seconds = 0;
    flips = FlipRatio.snapshot(params);
  }

  /** The resume state to checkpoint after {@code batchesDone} batches of the epoch. */
  ResumeState resumeState(int batchesDone, Map<String, long[]> randomSources) {
    ClassificationTally.Totals t = tally.totals();
    return new ResumeState(EpochHistory.encode(history), t.lossSum(), t.correct(), t.samples(), skipped, seconds,
        randomSources, batchesDone > 0 ? flips.signs() : Map.of());
  }

  /** The progress a checkpoint holds; {@code randomSources} receives the model's random sources. */
  static RunProgress restore(Checkpoint c, Map<String, long[]> randomSources) {
    ResumeState r = c.resume() != null ? c.resume() : fromVersion1(c);
    randomSources.putAll(r.randomSources());
    RunProgress st = new RunProgress();
    st.epoch = c.epoch();
    st.batch = c.batch();
    st.step = c.step();
    st.history.addAll(EpochHistory.decode(r.history()));
    if (st.batch > 0) {
      st.tally = ClassificationTally.restore(r.lossSum(), r.correct(), r.samples());
      st.skipped = r.skipped();
      st.seconds = r.seconds();
      st.flips = FlipRatio.of(r.flipSigns());
    }
    return st;
  }

  /** A version 1 checkpoint's resume state: "history", "epoch.*" and "rng.*" metadata, "flip.*" extras. */
  private static ResumeState fromVersion1(Checkpoint c) {
    Map<String, String> m = c.metadata();
    Map<String, long[]> rngs = new LinkedHashMap<>();
    m.forEach((k, v) -> {
      if (k.startsWith("rng.")) {
        String[] parts = v.split(",");
        rngs.put(k.substring(4), new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])});
      }
    });
    Map<String, float[]> signs = new LinkedHashMap<>();
    c.extras().forEach((k, v) -> {
      if (k.startsWith("flip.")) {
        signs.put(k.substring(5), v);
      }
    });
    String history = m.getOrDefault("history", "");
    if (c.batch() == 0) {
      return new ResumeState(history, 0, 0, 0, 0, 0, rngs, signs);
    }
    return new ResumeState(history, Double.parseDouble(m.get("epoch.lossSum")), Long.parseLong(m.get("epoch.correct")),
        Long.parseLong(m.get("epoch.samples")), Integer.parseInt(m.get("epoch.skipped")),
        Double.parseDouble(m.get("epoch.seconds")), rngs, signs);
  }
}
