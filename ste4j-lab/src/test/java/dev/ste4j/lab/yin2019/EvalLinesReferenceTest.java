package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The eval output against independent 25-digit values from reference.py (mpmath, the paper's literal formulas with
 * ξ, p and q as nested numerical integrals): every quantity to 1e-12 relative to its vector's size — the issue asks
 * for 1e-9.
 */
class EvalLinesReferenceTest {

  private final ObjectMapper mapper = new ObjectMapper();

  @Test
  void closedFormsMatchTheMpmathReference() throws Exception {
    List<String> refs;
    try (BufferedReader r = new BufferedReader(new InputStreamReader(
        getClass().getResourceAsStream("reference.jsonl"), StandardCharsets.UTF_8))) {
      refs = r.lines().toList();
    }
    assertThat(refs).hasSize(4);
    for (String line : refs) {
      JsonNode ref = mapper.readTree(line);
      ObjectNode in = (ObjectNode) ref.get("input").deepCopy();
      in.set("id", ref.get("id"));
      in.set("m", ref.get("m"));
      in.set("n", ref.get("n"));
      JsonNode out = mapper.readTree(new EvalLines().evaluate(new StringReader(in.toString())).get(0));
      String id = ref.get("id").asText();
      close(id + " theta", out.get("theta").asDouble(), ref.get("theta").asDouble(), Math.abs(ref.get("theta").asDouble()));
      close(id + " loss", out.get("loss").asDouble(), ref.get("loss").asDouble(), Math.abs(ref.get("loss").asDouble()));
      vector(id + " gradV", out.get("gradV"), ref.get("gradV"));
      vector(id + " gradW", out.get("gradW"), ref.get("gradW"));
      for (String ste : new String[] {"identity", "relu", "clippedRelu"}) {
        vector(id + " " + ste, out.get("coarseGrad").get(ste), ref.get(ste));
      }
    }
  }

  private static void vector(String what, JsonNode got, JsonNode expected) {
    assertThat(got.size()).as(what).isEqualTo(expected.size());
    double scale = 0;
    for (JsonNode e : expected) {
      scale = Math.max(scale, Math.abs(e.asDouble()));
    }
    for (int i = 0; i < got.size(); i++) {
      close(what + "[" + i + "]", got.get(i).asDouble(), expected.get(i).asDouble(), scale);
    }
  }

  private static void close(String what, double got, double expected, double scale) {
    assertThat(got).as(what).isCloseTo(expected, within(1e-12 * scale + 1e-300));
  }
}
