package dev.ste4j.lab.yin2019;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import dev.ste4j.lab.jsonl.FiniteNumbers;
import dev.ste4j.lab.jsonl.JsonLine;
import dev.ste4j.lab.jsonl.OutOfRangeResult;
import dev.ste4j.nn.quantizer.SteVariant;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Evaluates the closed forms (and, given samples, the empirical quantities) at points read as JSON lines — the engine
 * of {@code ste lab yin2019 eval}.
 *
 * <p>Input, one object per line: {@code {"id": …, "m": …, "n": …, "v": [m], "w": [n], "vStar": [m], "wStar": [n]}},
 * optionally with {@code "samples": [N][m][n]} (explicit inputs Z). {@code id} may be any JSON value and is echoed.
 * Output, one line per input line: {@code {"id", "theta", "loss", "gradV": [m], "gradW": [n], "coarseGrad":
 * {"identity": [n], "relu": [n], "clippedRelu": [n]}}}, plus {@code "empirical": {"loss", "gradV": [m], "coarseGrad":
 * {…}}} when samples were given (sample means of ℓ, ∂ℓ/∂v and Eq. 5, labels from the teacher (vStar, wStar)).
 *
 * <p>Conventions (see {@link PopulationLoss} and {@link ExpectedCoarseGradient}): theta is {@code null} at w = 0;
 * gradW is the zero vector at θ ∈ {0, π} and at w = 0, where f is not differentiable in w; the clipped-ReLU integrals
 * are computed by quadrature to ~1e-14. Blank lines are skipped (they produce no output line). Every line is
 * validated before anything is returned: a malformed line (trailing content after the object, a key given twice:
 * {@link JsonLine}), a missing or unknown key, a non-numeric entry or a length that disagrees with m or n raises an
 * {@link IllegalArgumentException} naming the line number and the key.
 *
 * <p>Scale: θ, f, ∂f/∂v and the identity and ReLU coarse gradients depend on w only through its direction, and ∂f/∂w
 * scales as 1/‖w‖; {@link AngleFrame} computes them from w·2^−k, so w = (1e200, 0) and (1e-320, 0) give the values of
 * (1, 0) (∂f/∂w divided by ‖w‖). A result beyond the double range (∂f/∂w at ‖w‖ ≈ 1e-320, f at ‖v‖ ≈ 1e160) is an
 * {@link OutOfRangeResult} naming the line, the id and the quantity — never the JSON string "Infinity" or "NaN".
 * Results too small for a double round to 0 (or a subnormal), the nearest double.
 */
public final class EvalLines {

  private static final Set<String> KEYS = Set.of("id", "m", "n", "v", "w", "vStar", "wStar", "samples");
  private final ObjectMapper mapper = new ObjectMapper();
  private final ExpectedCoarseGradient ecg = new ExpectedCoarseGradient();

  /** Reads every line, evaluates it, and returns the output lines (JSON text without line terminators). */
  public List<String> evaluate(Reader input) throws IOException {
    List<String> out = new ArrayList<>();
    BufferedReader reader = input instanceof BufferedReader b ? b : new BufferedReader(input);
    String line;
    int number = 0;
    while ((line = reader.readLine()) != null) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        out.add(mapper.writeValueAsString(evaluateLine(line)));
      } catch (OutOfRangeResult e) {
        throw new IllegalArgumentException("line " + number + " (id " + e.id() + "): " + e.getMessage(), e);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("line " + number + ": " + e.getMessage(), e);
      }
    }
    return out;
  }

  /** Evaluates one input line (a JSON object) into its output object. */
  public ObjectNode evaluateLine(String line) {
    JsonNode root = JsonLine.parse(line);
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException("expected a JSON object, got " + (root == null ? "nothing" : root.getNodeType()));
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!KEYS.contains(key)) {
        // Quoted as JSON, so a key holding a control character (an escaped CR) cannot break the message's line.
        throw new IllegalArgumentException("unknown key " + new TextNode(key)
            + " (expected id, m, n, v, w, vStar, wStar, samples)");
      }
    }
    JsonNode id = required(root, "id");
    int m = positiveInt(root, "m");
    int n = positiveInt(root, "n");
    double[] v = vector(required(root, "v"), "v", m, "m");
    double[] w = vector(required(root, "w"), "w", n, "n");
    double[] vStar = vector(required(root, "vStar"), "vStar", m, "m");
    double[] wStar = vector(required(root, "wStar"), "wStar", n, "n");
    Teacher teacher = new Teacher(vStar, wStar);
    PopulationPoint p = PopulationPoint.evaluate(v, w, teacher, ecg);

    ObjectNode o = mapper.createObjectNode();
    o.set("id", id);
    if (Double.isNaN(p.theta())) {
      o.putNull("theta");
    } else {
      o.put("theta", p.theta());
    }
    o.put("loss", p.loss());
    o.set("gradV", array(p.gradV()));
    o.set("gradW", array(p.gradW()));
    o.set("coarseGrad", coarse(p.coarse()));
    JsonNode samples = root.get("samples");
    if (samples != null) {
      EmpiricalPoint e = EmpiricalLoss.evaluate(v, w, teacher, samples(samples, m, n));
      ObjectNode emp = o.putObject("empirical");
      emp.put("loss", e.loss());
      emp.set("gradV", array(e.gradV()));
      emp.set("coarseGrad", coarse(e.coarse()));
    }
    String overflow = FiniteNumbers.firstNonFinite(o);
    if (overflow != null) {
      throw new OutOfRangeResult(id, overflows(overflow, w));
    }
    return o;
  }

  /** Which quantity overflows, and for ∂f/∂w the input that makes it so. */
  private static String overflows(String path, double[] w) {
    return path.startsWith("gradW")
        ? "the gradient " + path + " overflows double (∂f/∂w scales as 1/‖w‖, and ‖w‖ = " + Vectors.norm(w) + ")"
        : "the result " + path + " overflows double (v, vStar, w or the samples are too large)";
  }

  private ObjectNode coarse(Map<SteVariant, double[]> byEstimator) {
    ObjectNode c = mapper.createObjectNode();
    for (SteVariant e : SteVariant.values()) {
      c.set(YinSte.key(e), array(byEstimator.get(e)));
    }
    return c;
  }

  private ArrayNode array(double[] x) {
    ArrayNode a = mapper.createArrayNode();
    for (double d : x) {
      a.add(d);
    }
    return a;
  }

  private static JsonNode required(JsonNode root, String key) {
    JsonNode node = root.get(key);
    if (node == null) {
      throw new IllegalArgumentException("missing key '" + key + "'");
    }
    return node;
  }

  private static int positiveInt(JsonNode root, String key) {
    JsonNode node = required(root, key);
    if (!node.canConvertToInt() || !node.isIntegralNumber() || node.asInt() < 1) {
      throw new IllegalArgumentException("'" + key + "' must be a positive integer, got " + node);
    }
    return node.asInt();
  }

  private static double[] vector(JsonNode node, String key, int length, String dim) {
    if (!node.isArray()) {
      throw new IllegalArgumentException("'" + key + "' must be an array of numbers, got " + node.getNodeType());
    }
    if (node.size() != length) {
      throw new IllegalArgumentException("'" + key + "' has length " + node.size() + " but " + dim + " = " + length);
    }
    double[] x = new double[length];
    for (int i = 0; i < length; i++) {
      JsonNode e = node.get(i);
      if (!e.isNumber()) {
        throw new IllegalArgumentException("'" + key + "'[" + i + "] is not a number: " + e);
      }
      x[i] = e.asDouble();
      if (!Double.isFinite(x[i])) {
        throw new IllegalArgumentException("'" + key + "'[" + i + "] is out of double range: " + e);
      }
    }
    return x;
  }

  private static double[][][] samples(JsonNode node, int m, int n) {
    if (!node.isArray() || node.isEmpty()) {
      throw new IllegalArgumentException("'samples' must be a non-empty array of m×n arrays");
    }
    double[][][] z = new double[node.size()][][];
    for (int k = 0; k < z.length; k++) {
      JsonNode s = node.get(k);
      if (!s.isArray() || s.size() != m) {
        throw new IllegalArgumentException("'samples'[" + k + "] must have m = " + m + " rows, got "
            + (s.isArray() ? s.size() + " rows" : s.getNodeType().toString()));
      }
      z[k] = new double[m][];
      for (int i = 0; i < m; i++) {
        z[k][i] = vector(s.get(i), "samples[" + k + "][" + i + "]", n, "n").clone();
      }
    }
    return z;
  }
}
