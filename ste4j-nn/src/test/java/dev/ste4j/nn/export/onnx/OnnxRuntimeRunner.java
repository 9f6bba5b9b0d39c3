package dev.ste4j.nn.export.onnx;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.ste4j.tensor.Tensor;
import java.nio.FloatBuffer;
import java.util.Map;

/** Runs an exported model in ONNX Runtime (its Java API, CPU, default graph optimizations). */
final class OnnxRuntimeRunner implements AutoCloseable {

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;

  OnnxRuntimeRunner(byte[] model) throws OrtException {
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(1);
      session = env.createSession(model, options);
    }
  }

  /** The logits for a batch x [N, sample…]. */
  Tensor run(Tensor x) throws OrtException {
    long[] shape = new long[x.rank()];
    for (int i = 0; i < shape.length; i++) {
      shape[i] = x.dim(i);
    }
    try (OnnxTensor in = OnnxTensor.createTensor(env, FloatBuffer.wrap(x.contiguous().data().clone()), shape);
         OrtSession.Result r = session.run(Map.of(OnnxExporter.INPUT, in))) {
      OnnxTensor out = (OnnxTensor) r.get(OnnxExporter.OUTPUT).orElseThrow();
      long[] dims = out.getInfo().getShape();
      FloatBuffer b = out.getFloatBuffer();
      float[] v = new float[b.remaining()];
      b.get(v);
      int[] d = new int[dims.length];
      for (int i = 0; i < d.length; i++) {
        d[i] = (int) dims[i];
      }
      return Tensor.wrap(v, d);
    }
  }

  /** The model's custom metadata. */
  Map<String, String> metadata() throws OrtException {
    return session.getMetadata().getCustomMetadata();
  }

  @Override
  public void close() throws OrtException {
    session.close();
  }
}
