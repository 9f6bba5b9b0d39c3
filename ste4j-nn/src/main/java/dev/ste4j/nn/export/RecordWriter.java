package dev.ste4j.nn.export;

import static dev.ste4j.nn.export.ExportFormat.*;

import dev.ste4j.nn.layer.Module;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Writes records: type byte, payload length, payload (by the module's {@link LayerCodec}); and their fields. */
final class RecordWriter {

  private RecordWriter() {}

  /** Writes one record per module, in order. */
  static void records(DataOutputStream out, List<Module> modules) throws IOException {
    for (Module m : modules) {
      out.write(record(m));
    }
  }

  private static byte[] record(Module m) throws IOException {
    LayerCodecs.Entry<?> kind = LayerCodecs.forModule(m);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    DataOutputStream p = new DataOutputStream(buf);
    kind.write(m, p);
    p.flush();
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    DataOutputStream r = new DataOutputStream(rec);
    r.writeByte(kind.type());
    r.writeInt(buf.size());
    buf.writeTo(r);
    r.flush();
    return rec.toByteArray();
  }

  static void floats(DataOutputStream p, float[] v) throws IOException {
    for (float f : v) {
      p.writeFloat(f);
    }
  }

  /** A UTF-8 string of at most {@link ExportFormat#MAX_NAME_BYTES}, after its length as an unsigned short. */
  static void string(DataOutputStream p, String s) throws IOException {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    if (b.length > MAX_NAME_BYTES) {
      throw new IllegalArgumentException("export: name too long (" + b.length + " bytes): " + s);
    }
    p.writeShort(b.length);
    p.write(b);
  }
}
