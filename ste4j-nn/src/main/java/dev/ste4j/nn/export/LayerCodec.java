package dev.ste4j.nn.export;

import dev.ste4j.nn.layer.Module;
import java.io.DataOutputStream;
import java.io.IOException;

/**
 * One layer kind in the export format (docs/EXPORT_FORMAT.md): how its training module is written as a record
 * payload, and how that payload is read back as an inference step. {@link LayerCodecs} registers one codec per record
 * type with the module class it writes; the exporter asks it for the codec of a module, the reader for the codec of a
 * type byte.
 *
 * @param <M> the module class written
 */
interface LayerCodec<M extends Module> {

  /** Writes the payload of the module's record (the type byte and the length are the record writer's). */
  void write(M m, DataOutputStream out) throws IOException;

  /**
   * Reads a payload that ends at byte {@code end} of the file; {@code where} names the record in error messages. Every
   * length read is checked before anything is allocated (see {@link RecordReader}).
   */
  InferenceStep read(RecordReader in, String where, long end);
}
