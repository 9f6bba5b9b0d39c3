package dev.ste4j.nn.checkpoint;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a training run needs beyond weights and optimizer state to continue bitwise identically from a checkpoint
 * taken inside an epoch, and to report the whole run: typed fields of the checkpoint (format version 2), no longer
 * strings in its metadata (version 1 checkpoints are read back from those by the trainer).
 *
 * @param history the figures of the finished epochs, one line per epoch as {@code EpochHistory} of the training
 *     package writes them (kept as that exact text: its rows are the trainer's own records, which this package does
 *     not depend on)
 * @param lossSum the running epoch's sum of batch losses
 * @param correct the running epoch's correctly classified samples
 * @param samples the running epoch's samples
 * @param skipped the running epoch's skipped batches
 * @param seconds the running epoch's seconds so far
 * @param randomSources the model's own random sources by name: {seed, state}
 * @param flipSigns the weight signs at the start of the running epoch, by parameter (empty at an epoch boundary)
 */
public record ResumeState(String history, double lossSum, long correct, long samples, int skipped, double seconds,
                          Map<String, long[]> randomSources, Map<String, float[]> flipSigns) {

  public ResumeState {
    if (correct < 0 || samples < 0 || skipped < 0) {
      throw new IllegalArgumentException("resume state: negative count (correct " + correct + ", samples " + samples
          + ", skipped " + skipped + ")");
    }
    Map<String, long[]> r = new LinkedHashMap<>();
    randomSources.forEach((k, v) -> {
      if (v.length != 2) {
        throw new IllegalArgumentException("resume state: random source " + k + " needs {seed, state}");
      }
      r.put(k, v.clone());
    });
    randomSources = r;
    Map<String, float[]> f = new LinkedHashMap<>();
    flipSigns.forEach((k, v) -> f.put(k, v.clone()));
    flipSigns = f;
  }
}
