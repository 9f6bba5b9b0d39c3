package dev.ste4j.lab.shekhovtsov2021;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.ste4j.tensor.random.Rng;
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
 * expectation of the ST estimator (factor 2F′(a)), all by enumeration of the hidden states in double precision and
 * written with full (round-trip) precision. Blank lines are skipped. Every line is read and checked before any
 * computation, so a malformed line fails with its line number and nothing is produced.
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
        JsonNode node;
        try {
          node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException("line " + lineNo + ": malformed JSON: " + e.getOriginalMessage());
        }
        try {
          out.add(ExactRequest.parse(node));
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The output object for one request. */
  public static ObjectNode compute(ExactRequest r) {
    ExactGradient.Result exact = ExactGradient.of(r.net(), r.x(), r.label());
    Gradient st = ExactMoments.of(r.net(), new StraightThrough(), List.of(r.x()), new int[] {r.label()}, 0, new Rng(0))
        .mean();
    ObjectNode o = JSON.createObjectNode();
    o.set("id", r.id());
    o.put("expectedLoss", exact.expectedLoss());
    o.set("grad", layers(r.net(), exact.gradient()));
    o.set("stExpectation", layers(r.net(), st));
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
      ArrayNode w = layer.putArray("W");
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
