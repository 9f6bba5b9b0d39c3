package dev.ste4j.nn.export.onnx;

import dev.ste4j.nn.export.InferenceModules;
import dev.ste4j.nn.data.ChannelStats;
import dev.ste4j.nn.data.Preprocessing;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.quantizer.Quantizers;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Writes a model as ONNX or QONNX (docs/EXPORT_FORMAT.md, section ONNX): one graph input {@code input} of raw samples
 * [N, inputShape…], the input preprocessing, the layers' evaluation forward, and one output {@code logits}. The model
 * name, ste4j version, format, preprocessing and quantizers go into the metadata. The protobuf messages are written
 * with a small hand-written wire writer ({@link ProtoWriter}), so no protobuf library is needed.
 *
 * <pre>{@code byte[] onnx = OnnxExporter.encode(model, "bnn-mlp", new int[] {784}, Preprocessing.IDENTITY,
 *     OnnxFormat.ONNX);}</pre>
 */
public final class OnnxExporter {

  /** The graph input's name. */
  public static final String INPUT = "input";
  /** The graph output's name. */
  public static final String OUTPUT = "logits";

  private OnnxExporter() {}

  /**
   * The model's bytes in the given format. The model is evaluated as in evaluation mode (and left in the mode it was
   * in); a layer or quantizer ONNX cannot express fails with an {@link IllegalArgumentException} naming it.
   */
  public static byte[] encode(Module model, String modelName, int[] inputShape, Preprocessing preprocessing,
                              OnnxFormat format) {
    int channels = ChannelStats.channels(inputShape);
    if (preprocessing.channels() != 0 && preprocessing.channels() != channels) {
      throw new IllegalArgumentException(modelName + ": preprocessing for " + preprocessing.channels()
          + " channels, the input shape " + Arrays.toString(inputShape) + " has " + channels);
    }
    boolean training = model.isTraining();
    model.train(false);
    try {
      int[] outputShape = outputShape(model, inputShape);
      GraphBuilder g = graph(model, inputShape, preprocessing, format);
      String doc = "ste4j model '" + modelName + "' (" + format.key() + "): raw samples in, logits out";
      return ModelWriter.write(g, modelName, INPUT, inputShape, OUTPUT, outputShape, version(),
          metadata(model, modelName, preprocessing, format), format.dialect().domains(), doc);
    } finally {
      model.train(training);
    }
  }

  /** The graph of a model in evaluation mode: input, preprocessing, layers, output. */
  static GraphBuilder graph(Module model, int[] inputShape, Preprocessing preprocessing, OnnxFormat format) {
    GraphBuilder g = new GraphBuilder();
    Value x = PreprocessingNodes.emit(g, preprocessing, new Value(INPUT, inputShape.length + 1), inputShape);
    Value y = new GraphEmitter(g, format.dialect()).sequence(InferenceModules.flatten(model), x);
    g.identity(OUTPUT, y.name());
    return g;
  }

  /** The ste4j version that writes the files (from the build), or "unknown" outside a built jar. */
  public static String version() {
    try (InputStream in = OnnxExporter.class.getResourceAsStream("/dev/ste4j/nn/version.properties")) {
      if (in == null) {
        return "unknown";
      }
      Properties p = new Properties();
      p.load(in);
      String v = p.getProperty("version", "unknown");
      return v.startsWith("${") ? "unknown" : v;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] outputShape(Module model, int[] inputShape) {
    Tensor y;
    try (var s = NoGrad.enter()) {
      y = model.forward(Tensor.zeros(Shape.batched(1, inputShape)));
    }
    return Arrays.copyOfRange(y.dims(), 1, y.rank());
  }

  private static Map<String, String> metadata(Module model, String name, Preprocessing p, OnnxFormat format) {
    Map<String, String> m = new LinkedHashMap<>();
    m.put("ste4j.model", name);
    m.put("ste4j.version", version());
    m.put("ste4j.format", format.key());
    m.put("ste4j.preprocessing", p.format());
    TreeSet<String> quantizers = new TreeSet<>();
    StringBuilder layers = new StringBuilder();
    for (Module layer : InferenceModules.flatten(model)) {
      layers.append(layers.length() == 0 ? "" : "\n").append(layer);
      if (layer instanceof QuantizedLayer q) {
        if (q.inputQuantizer() != null) {
          quantizers.add("input " + Quantizers.format(q.inputQuantizer()));
        }
        if (q.kernelQuantizer() != null) {
          quantizers.add("kernel " + Quantizers.format(q.kernelQuantizer()));
        }
      } else if (layer instanceof QuantActivation a) {
        quantizers.add("activation " + Quantizers.format(a.quantizer()));
      }
    }
    m.put("ste4j.quantizers", quantizers.isEmpty() ? "none" : String.join("; ", quantizers));
    m.put("ste4j.layers", layers.toString());
    return m;
  }
}
