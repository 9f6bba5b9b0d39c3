package dev.ste4j.nn.checkpoint;

import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The resume section of the checkpoint format (version 2), after the extras:
 *
 * <pre>
 *   byte present (0 or 1); when 1:
 *   int n, then n × (string name, array)                            weight signs at the start of the epoch
 *   int n, then n × (string name, long seed, long state)            the model's random sources
 *   double lossSum   long correct   long samples   int skipped   double seconds   string history
 * </pre>
 */
final class ResumeSection {

  private ResumeSection() {}

  static void write(DataOutputStream out, ResumeState r) throws IOException {
    out.writeByte(r == null ? 0 : 1);
    if (r == null) {
      return;
    }
    CheckpointBytes.writeArrays(out, r.flipSigns());
    out.writeInt(r.randomSources().size());
    for (var e : r.randomSources().entrySet()) {
      CheckpointBytes.writeString(out, e.getKey());
      out.writeLong(e.getValue()[0]);
      out.writeLong(e.getValue()[1]);
    }
    out.writeDouble(r.lossSum());
    out.writeLong(r.correct());
    out.writeLong(r.samples());
    out.writeInt(r.skipped());
    out.writeDouble(r.seconds());
    CheckpointBytes.writeString(out, r.history());
  }

  static ResumeState read(Path file, ByteBuffer in) {
    byte present = in.get();
    if (present == 0) {
      return null;
    }
    if (present != 1) {
      throw new CheckpointException(file, "resume section marker " + present + " is neither 0 nor 1");
    }
    Map<String, float[]> signs = CheckpointBytes.readArrays(file, in, "weight signs", "weight signs");
    Map<String, long[]> rngs = new LinkedHashMap<>();
    int n = CheckpointBytes.count(file, in, 20, "random sources");
    for (int i = 0; i < n; i++) {
      String name = CheckpointBytes.readString(file, in);
      CheckpointBytes.putNew(file, rngs, name, new long[] {in.getLong(), in.getLong()}, "random source");
    }
    double lossSum = in.getDouble();
    long correct = in.getLong();
    long samples = in.getLong();
    int skipped = in.getInt();
    double seconds = in.getDouble();
    if (correct < 0 || samples < 0 || skipped < 0) {
      throw new CheckpointException(file, "negative count in the resume section (correct " + correct + ", samples "
          + samples + ", skipped " + skipped + ")");
    }
    String history = CheckpointBytes.readString(file, in);
    return new ResumeState(history, lossSum, correct, samples, skipped, seconds, rngs, signs);
  }
}
