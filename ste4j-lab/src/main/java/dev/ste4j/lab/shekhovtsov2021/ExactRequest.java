package dev.ste4j.lab.shekhovtsov2021;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Iterator;
import java.util.Set;

/**
 * One line of the {@code exact} command's input, validated: an SBN with real or Bernoulli weights and one example.
 *
 * <p>{@code {"id": any, "x": [d], "layers": [{"W": [[in values] × out rows], "b": [out]}, …], "noise":
 * "logistic"|"uniform", "label": k}} with an optional {@code "scale"} (noise scale, default 1). Bernoulli weights:
 * every layer gives {@code "eta"} (the weight logits, laid out as {@code "W"}) in place of {@code "W"}, so
 * w = sign(η − z_w) with P(w = +1) = F_w(η); the optional {@code "weightNoise"} ("logistic"|"uniform", with an
 * optional {@code "weightScale"}, default 1) sets F_w, which is by default the units' noise, scale included. Weight
 * states are enumerated with the hidden units, so their total counts against the limit. Every layer but the last
 * is a stochastic sign layer; the last gives the logits of softmax cross-entropy. Any problem is reported as an
 * {@link IllegalArgumentException} naming the key and the expected shape (the caller adds the line number).
 *
 * @param line the line of the input file it was read from (1-based; 0 when not read from a file), for messages
 */
public record ExactRequest(JsonNode id, Sbn net, double[] x, int label, int line) {

  private static final Set<String> KEYS = Set.of("id", "x", "layers", "noise", "label", "scale", "weightNoise",
      "weightScale");

  /** Reads and checks one parsed line that did not come from a file. */
  public static ExactRequest parse(JsonNode root) {
    return parse(root, 0);
  }

  /** Reads and checks one parsed line, line {@code line} of its file. */
  public static ExactRequest parse(JsonNode root, int line) {
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String k = it.next();
      if (!KEYS.contains(k)) {
        // Quoted as JSON, so a key holding a control character (an escaped CR) cannot break the message's line.
        throw new IllegalArgumentException("unknown key " + new TextNode(k) + "; expected " + KEYS);
      }
    }
    JsonNode id = required(root, "id");
    double[] x = numbers(required(root, "x"), "x");
    JsonNode noiseNode = required(root, "noise");
    if (!noiseNode.isTextual()) {
      throw new IllegalArgumentException("\"noise\" must be a string (\"logistic\" or \"uniform\")");
    }
    double scale = root.has("scale") ? number(root.get("scale"), "scale") : 1.0;
    Noise noise = new Noise(NoiseKind.parse(noiseNode.asText()), scale);
    Noise weightNoise = weightNoise(root, noise);
    JsonNode layersNode = required(root, "layers");
    if (!layersNode.isArray() || layersNode.isEmpty()) {
      throw new IllegalArgumentException("\"layers\" must be a non-empty array of {\"W\", \"b\"} objects");
    }
    int n = layersNode.size();
    int[] widths = new int[n + 1];
    widths[0] = x.length;
    double[][] w = new double[n][];
    double[][] b = new double[n][];
    int hidden = 0;
    boolean bernoulli = layersNode.get(0).isObject() && layersNode.get(0).has("eta");
    String key = bernoulli ? "eta" : "W";
    if (!bernoulli && (root.has("weightNoise") || root.has("weightScale"))) {
      throw new IllegalArgumentException("\"weightNoise\" and \"weightScale\" need Bernoulli weights: layers give "
          + "\"eta\" in place of \"W\"");
    }
    for (int l = 0; l < n; l++) {
      String where = "layers[" + l + "]";
      JsonNode layer = layersNode.get(l);
      if (layer.isObject() && layer.has(bernoulli ? "W" : "eta")) {
        throw new IllegalArgumentException(where + " gives \"" + (bernoulli ? "W" : "eta") + "\" but layers[0] gives \""
            + key + "\": the weights are real in every layer (\"W\") or Bernoulli in every layer (\"eta\")");
      }
      if (!layer.isObject() || !layer.has(key) || !layer.has("b") || layer.size() != 2) {
        throw new IllegalArgumentException(where + " must be an object with exactly the keys \"" + key
            + "\" and \"b\"");
      }
      JsonNode wn = layer.get(key);
      if (!wn.isArray() || wn.isEmpty()) {
        throw new IllegalArgumentException(where + "." + key + " must be a non-empty array of rows");
      }
      int rows = wn.size();
      int added = (l + 1 < n ? rows : 0) + (bernoulli ? rows * widths[l] : 0);
      if (hidden + added > StateOrder.MAX_BITS) {
        throw new IllegalArgumentException("the network has at least " + (hidden + added) + (bernoulli
            ? " binary variables (hidden units and Bernoulli weights)" : " hidden units") + " (through " + where
            + "); exact enumeration is limited to " + StateOrder.MAX_BITS);
      }
      hidden += added;
      // Each row is read and checked before the layer's matrix is allocated: the row count alone (a lying "W" of
      // many empty rows) must not size an allocation.
      double[][] rowValues = new double[rows][];
      for (int r = 0; r < rows; r++) {
        double[] row = numbers(wn.get(r), where + "." + key + "[" + r + "]");
        if (row.length != widths[l]) {
          throw new IllegalArgumentException(where + "." + key + "[" + r + "] has " + row.length + " values, expected "
              + widths[l] + (l == 0 ? " (the length of x)" : " (the rows of layers[" + (l - 1) + "]." + key + ")"));
        }
        rowValues[r] = row;
      }
      w[l] = new double[rows * widths[l]];
      for (int r = 0; r < rows; r++) {
        System.arraycopy(rowValues[r], 0, w[l], r * widths[l], widths[l]);
      }
      b[l] = numbers(layer.get("b"), where + ".b");
      if (b[l].length != rows) {
        throw new IllegalArgumentException(where + ".b has " + b[l].length + " values, expected " + rows
            + " (the rows of " + where + "." + key + ")");
      }
      widths[l + 1] = rows;
    }
    if (widths[n] < 2) {
      throw new IllegalArgumentException("the last layer gives the logits and needs at least 2 rows, got " + widths[n]);
    }
    JsonNode labelNode = required(root, "label");
    if (!labelNode.isIntegralNumber() || labelNode.asLong() < 0 || labelNode.asLong() >= widths[n]) {
      throw new IllegalArgumentException("\"label\" must be an integer class in 0.." + (widths[n] - 1) + ", got "
          + labelNode);
    }
    Sbn net = new Sbn(widths, w, b, noise, bernoulli ? weightNoise : null);
    return new ExactRequest(id, net, x, labelNode.asInt(), line);
  }

  /** "weightNoise" with "weightScale" (default 1); without them, the units' noise. */
  private static Noise weightNoise(JsonNode root, Noise units) {
    if (!root.has("weightNoise")) {
      if (root.has("weightScale")) {
        throw new IllegalArgumentException("\"weightScale\" needs \"weightNoise\"");
      }
      return units;
    }
    JsonNode k = root.get("weightNoise");
    if (!k.isTextual()) {
      throw new IllegalArgumentException("\"weightNoise\" must be a string (\"logistic\" or \"uniform\")");
    }
    double scale = root.has("weightScale") ? number(root.get("weightScale"), "weightScale") : 1.0;
    if (!(scale > 0)) {
      throw new IllegalArgumentException("\"weightScale\" must be positive, got " + scale);
    }
    return new Noise(NoiseKind.parse(k.asText()), scale);
  }

  private static JsonNode required(JsonNode root, String key) {
    JsonNode v = root.get(key);
    if (v == null || v.isNull()) {
      throw new IllegalArgumentException("missing key \"" + key + "\"");
    }
    return v;
  }

  private static double number(JsonNode v, String where) {
    if (v == null || !v.isNumber() || !Double.isFinite(v.asDouble())) {
      throw new IllegalArgumentException(where + " must be a finite number, got " + v);
    }
    return v.asDouble();
  }

  private static double[] numbers(JsonNode v, String where) {
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw new IllegalArgumentException(where + " must be a non-empty array of numbers");
    }
    double[] out = new double[v.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = number(v.get(i), where + "[" + i + "]");
    }
    return out;
  }
}
