package dev.ste4j.nn.summary;

import dev.ste4j.nn.export.ModelExporter;
import dev.ste4j.nn.layer.BatchNorm;
import dev.ste4j.nn.layer.Dropout;
import dev.ste4j.nn.layer.Flatten;
import dev.ste4j.nn.layer.HardTanh;
import dev.ste4j.nn.layer.Layer;
import dev.ste4j.nn.layer.LayerTrace;
import dev.ste4j.nn.layer.MaxPool2d;
import dev.ste4j.nn.layer.Module;
import dev.ste4j.nn.layer.Parameter;
import dev.ste4j.nn.layer.QuantActivation;
import dev.ste4j.nn.layer.QuantConv2d;
import dev.ste4j.nn.layer.QuantDense;
import dev.ste4j.nn.layer.QuantizedLayer;
import dev.ste4j.nn.layer.Relu;
import dev.ste4j.tensor.NoGrad;
import dev.ste4j.tensor.Shape;
import dev.ste4j.tensor.Tensor;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a model costs: per layer and in total, parameters by bit width, memory, MACs by precision, the float-32
 * equivalent and the compression ratio; optionally the measured size of the exported model.
 *
 * <p>Counting rules: a kernel counts at its kernel quantizer's precision (32 when float or switched to latent
 * weights); biases and batch-norm γ, β and running statistics count as 32-bit (they are stored, as Larq counts them).
 * MACs per sample: dense in·out, convolution O·Ho·Wo·C·k²; their precision is the wider of the input and the kernel
 * precision (1-bit MACs only when both are binary). A layer's input precision is its input quantizer's, else that of
 * the data reaching it: the bits of a quantized activation, kept through max pools, flattens, dropout and ReLU/HardTanh;
 * 32 after anything else. Shapes come from one evaluation-mode forward pass of a zero batch
 * of one sample, observed with {@link LayerTrace}.
 */
public final class ModelSummary {

  private final String name;
  private final int[] inputShape;
  private final List<LayerRow> rows;
  private final long exportedBytes;
  private final Map<String, Long> formatBytes;

  private ModelSummary(String name, int[] inputShape, List<LayerRow> rows, long exportedBytes,
                       Map<String, Long> formatBytes) {
    this.name = name;
    this.inputShape = inputShape.clone();
    this.rows = List.copyOf(rows);
    this.exportedBytes = exportedBytes;
    this.formatBytes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(formatBytes));
  }

  /** Summarises a model for one sample of the given shape (restores the model's training flag). */
  public static ModelSummary of(String name, Module model, int[] inputShape) {
    Map<Module, String> paths = new IdentityHashMap<>();
    index(model, "", paths);
    int[] dims = Shape.batched(1, inputShape);
    boolean training = model.isTraining();
    List<LayerTrace.Step> steps;
    model.train(false);
    try (LayerTrace t = LayerTrace.start(); var s = NoGrad.enter()) {
      model.forward(Tensor.zeros(dims));
      steps = new ArrayList<>(t.steps());
    } finally {
      model.train(training);
    }
    List<LayerRow> rows = new ArrayList<>();
    // Precision of each tensor seen, by identity: what a quantized activation emits flows through pools and
    // flattens into the next layer's input (also across a residual shortcut); anything else computed is float.
    Map<Tensor, Integer> precision = new IdentityHashMap<>();
    for (LayerTrace.Step st : steps) {
      int in = precision.getOrDefault(st.input(), 32);
      rows.add(row(paths.getOrDefault(st.layer(), "?"), st, in));
      precision.put(st.output(), outputPrecision(st.layer(), in));
    }
    return new ModelSummary(name, inputShape, rows, -1, Map.of());
  }

  /** The same summary with the measured size of the model exported in the format of docs/EXPORT_FORMAT.md. */
  public ModelSummary withExportedSize(long bytes) {
    return new ModelSummary(name, inputShape, rows, bytes, formatBytes);
  }

  /** The same summary with the measured size of the model in another format (e.g. "ONNX"), listed after it. */
  public ModelSummary withFormatSize(String format, long bytes) {
    Map<String, Long> sizes = new java.util.LinkedHashMap<>(formatBytes);
    sizes.put(format, bytes);
    return new ModelSummary(name, inputShape, rows, exportedBytes, sizes);
  }

  /** Measures the export by encoding it in memory. */
  public static long exportedSize(String name, Module model, int[] inputShape) {
    return ModelExporter.encode(model, name, inputShape).length;
  }

  private static void index(Module m, String path, Map<Module, String> out) {
    out.put(m, path.isEmpty() ? "(model)" : path);
    m.children().forEach((n, c) -> index(c, path.isEmpty() ? n : path + "." + n, out));
  }

  private static int outputPrecision(Layer layer, int in) {
    if (layer instanceof QuantActivation a) {
      return a.quantizer().precision();
    }
    boolean keeps = layer instanceof MaxPool2d || layer instanceof Flatten || layer instanceof Dropout
        || layer instanceof Relu || layer instanceof HardTanh;
    return keeps ? in : 32;
  }

  private static LayerRow row(String path, LayerTrace.Step st, int dataPrecision) {
    Layer layer = st.layer();
    SortedMap<Integer, Long> params = new TreeMap<>();
    SortedMap<Integer, Long> macs = new TreeMap<>();
    int inputPrecision = 0;
    if (layer instanceof QuantizedLayer q) {
      inputPrecision = q.inputQuantizer() != null ? q.inputQuantizer().precision() : dataPrecision;
      params.merge(q.kernelPrecision(), (long) q.kernel().value().size(), Long::sum);
      if (q.bias() != null) {
        params.merge(32, (long) q.bias().value().size(), Long::sum);
      }
      long perSample = 0;
      if (layer instanceof QuantDense d) {
        perSample = (long) d.inFeatures() * d.outFeatures();
      } else if (layer instanceof QuantConv2d c) {
        int[] out = st.outputDims();
        perSample = (long) c.outChannels() * out[2] * out[3] * c.inChannels() * c.kernelSize() * c.kernelSize();
      }
      macs.put(Math.max(inputPrecision, q.kernelPrecision()), perSample);
    } else {
      for (Parameter p : layer.ownParameters().values()) {
        params.merge(p.precision(), (long) p.value().size(), Long::sum);
      }
      if (layer instanceof BatchNorm bn) {
        params.merge(32, 2L * bn.channels(), Long::sum);
      }
    }
    int[] out = Arrays.copyOfRange(st.outputDims(), 1, st.outputDims().length);
    return new LayerRow(path, layer.toString(), inputPrecision, out, params, macs);
  }

  public String name() {
    return name;
  }

  public List<LayerRow> rows() {
    return rows;
  }

  /** Parameter counts by bit width over all layers. */
  public SortedMap<Integer, Long> paramsByBits() {
    SortedMap<Integer, Long> t = new TreeMap<>();
    rows.forEach(r -> r.paramsByBits().forEach((b, n) -> t.merge(b, n, Long::sum)));
    return t;
  }

  /** MACs per sample by precision over all layers. */
  public SortedMap<Integer, Long> macsByBits() {
    SortedMap<Integer, Long> t = new TreeMap<>();
    rows.forEach(r -> r.macsByBits().forEach((b, n) -> t.merge(b, n, Long::sum)));
    return t;
  }

  public long totalParams() {
    return rows.stream().mapToLong(LayerRow::params).sum();
  }

  /** Estimated storage: Σ count · width / 8, rounded up to whole bytes. */
  public long memoryBytes() {
    return (rows.stream().mapToLong(LayerRow::memoryBits).sum() + 7) / 8;
  }

  /** The same parameters all in float32. */
  public long float32Bytes() {
    return 4 * totalParams();
  }

  /** float32Bytes / memoryBytes. */
  public double compressionRatio() {
    return memoryBytes() == 0 ? 1.0 : (double) float32Bytes() / memoryBytes();
  }

  /** The measured export size in bytes, or −1 when not measured. */
  public long exportedBytes() {
    return exportedBytes;
  }

  /** The measured sizes in other formats, by format name, in the order they were added. */
  public Map<String, Long> formatBytes() {
    return formatBytes;
  }

  /** The summary as a fixed-width text table. */
  public String render() {
    return SummaryText.render(this, inputShape);
  }
}
