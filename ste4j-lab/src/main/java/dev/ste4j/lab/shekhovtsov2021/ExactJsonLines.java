package dev.ste4j.lab.shekhovtsov2021;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ste4j.lab.jsonl.FiniteNumbers;
import dev.ste4j.lab.jsonl.JsonLine;
import dev.ste4j.lab.jsonl.OutOfRangeResult;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ste lab shekhovtsov2021 exact} computation: JSON lines in, JSON lines out.
 *
 * <p>Each input line is an {@link ExactRequest}; each output line is {@code {"id", "expectedLoss", "grad":
 * [{"W", "b"}, …], "stExpectation": [{"W", "b"}, …]}}: the exact expected loss, its exact gradient and the exact
 * expectation of the ST estimator (factor 2F′(a), and 2F_w′(η) for Bernoulli weights, whose layers have "eta" in
 * place of "W"), all by enumeration of the hidden states (and weight states) in double precision and
 * written with full (round-trip) precision. Blank lines are skipped. Every line is read and checked before any
 * computation, so a malformed line (also trailing content after the object, or a key given twice: {@link JsonLine})
 * fails with its line number and nothing is produced.
 *
 * <p>Any noise scale s &gt; 0 is exact, down to subnormal ones: as s → 0 the noise CDF tends to a step, and units with
 * |a| ≫ s are deterministic (probabilities exactly 0 or 1); scores and ST factors are summed per unit of scale and
 * divided by s once ({@link ExactGradient}, {@link ExactStraightThrough}). Where a true value overflows double (a
 * unit with a = 0 under s = 1e-320 has F′(0) = 1/(4s) ≈ 2.5e319) {@link #compute} fails naming line, id and
 * the quantity ({@link OutOfRangeResult}) — nothing is written as the JSON string "Infinity" or "NaN".
 */
public final class ExactJsonLines {

  private static final ObjectMapper JSON = new ObjectMapper();

  private ExactJsonLines() {}

  /** Reads and validates every line; the message of a failure starts with "line N: ". */
  public static List<ExactRequest> read(BufferedReader in) {
    List<ExactRequest> out = new ArrayList<>();
    int lineNo = 0;
    try {
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        lineNo++;
        if (line.isBlank()) {
          continue;
        }
        try {
          out.add(ExactRequest.parse(JsonLine.parse(line), lineNo));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /**
   * The output object for one request; when a value overflows double, an {@link IllegalArgumentException} whose
   * message starts "line N (id …): " and names the quantity.
   */
  public static ObjectNode compute(ExactRequest r) {
    ExactGradient.Result exact = ExactGradient.of(r.net(), r.x(), r.label());
    Gradient st = ExactStraightThrough.expectation(r.net(), r.x(), r.label());
    ObjectNode o = JSON.createObjectNode();
    o.set("id", r.id());
    o.put("expectedLoss", exact.expectedLoss());
    o.set("grad", layers(r.net(), exact.gradient()));
    o.set("stExpectation", layers(r.net(), st));
    String overflow = FiniteNumbers.firstNonFinite(o);
    if (overflow != null) {
      OutOfRangeResult e = new OutOfRangeResult(r.id(), overflow + " overflows double"
          + (r.net().noise().scale() < 1 ? " (the noise density F'(a) = F0'(a/s)/s is about 1/s near a = 0, and s = "
              + r.net().noise().scale() + ")" : " (the weights, biases or x are too large)"));
      throw new IllegalArgumentException("line " + r.line() + " (id " + e.id() + "): " + e.getMessage(), e);
    }
    return o;
  }

  /** One output line (no newline). */
  public static String toLine(ObjectNode o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot serialize a result", e);
    }
  }

  private static ArrayNode layers(Sbn net, Gradient g) {
    ArrayNode arr = JSON.createArrayNode();
    for (int l = 0; l < net.layers(); l++) {
      ObjectNode layer = arr.addObject();
      ArrayNode w = layer.putArray(net.hasStochasticWeights() ? "eta" : "W");
      int in = net.in(l);
      for (int j = 0; j < net.out(l); j++) {
        ArrayNode row = w.addArray();
        for (int i = 0; i < in; i++) {
          row.add(g.weights(l)[j * in + i]);
        }
      }
      ArrayNode b = layer.putArray("b");
      for (double v : g.biases(l)) {
        b.add(v);
      }
    }
    return arr;
  }
}
