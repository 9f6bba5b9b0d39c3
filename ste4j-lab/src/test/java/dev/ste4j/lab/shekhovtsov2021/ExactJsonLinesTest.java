package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.tensor.random.Rng;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExactJsonLinesTest {

  static final ObjectMapper JSON = new ObjectMapper();

  static String line(Rng rng, String id, int[] widths, String noise, int label) {
    StringBuilder sb = new StringBuilder("{\"id\": " + id + ", \"x\": [");
    for (int i = 0; i < widths[0]; i++) {
      sb.append(i == 0 ? "" : ", ").append(rng.nextGaussian());
    }
    sb.append("], \"layers\": [");
    for (int l = 0; l + 1 < widths.length; l++) {
      sb.append(l == 0 ? "" : ", ").append("{\"W\": [");
      for (int r = 0; r < widths[l + 1]; r++) {
        sb.append(r == 0 ? "[" : ", [");
        for (int c = 0; c < widths[l]; c++) {
          sb.append(c == 0 ? "" : ", ").append(1.5 * rng.nextGaussian());
        }
        sb.append(']');
      }
      sb.append("], \"b\": [");
      for (int r = 0; r < widths[l + 1]; r++) {
        sb.append(r == 0 ? "" : ", ").append(0.3 * rng.nextGaussian());
      }
      sb.append("]}");
    }
    return sb.append("], \"noise\": \"").append(noise).append("\", \"label\": ").append(label).append('}').toString();
  }

  static List<ExactRequest> read(String text) {
    return ExactJsonLines.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void outputAgreesWithAnIndependentBruteForceToOneInABillion() throws Exception {
    Rng rng = new Rng(30);
    String text = line(rng, "\"a\"", new int[] {3, 4, 3}, "logistic", 1) + "\n\n"
        + line(rng, "7", new int[] {2, 3, 3, 2}, "uniform", 0) + "\n"
        + line(rng, "[1, 2]", new int[] {4, 5, 4, 3}, "logistic", 2) + "\n";
    List<ExactRequest> reqs = read(text);
    assertThat(reqs).hasSize(3);
    for (ExactRequest r : reqs) {
      JsonNode out = JSON.readTree(ExactJsonLines.toLine(ExactJsonLines.compute(r)));
      assertThat(out.get("id")).isEqualTo(r.id());
      double[] brute = BruteForce.expectedLossAndSt(r.net(), r.x(), r.label());
      assertThat(relative(out.get("expectedLoss").asDouble(), brute[0])).isLessThan(1e-9);
      double[] st = flatten(out.get("stExpectation"));
      for (int k = 0; k < st.length; k++) {
        assertThat(Math.abs(st[k] - brute[1 + k])).isLessThan(1e-9 * Math.max(1e-3, Math.abs(brute[1 + k])));
      }
      double[] grad = flatten(out.get("grad"));
      double[] fd = BruteForce.finiteDifferenceGradient(r.net(), r.x(), r.label(), 1e-6);
      assertThat(BruteForce.maxAbsDiff(grad, fd)).isLessThan(1e-7 * Math.max(1, BruteForce.maxAbs(fd)));
      double[] reinforce = ExactMoments.of(r.net(), new Reinforce(false), List.of(r.x()), new int[] {r.label()}, 0, rng)
          .mean().flatten();
      assertThat(BruteForce.maxAbsDiff(grad, reinforce)).isLessThan(1e-12 * Math.max(1, BruteForce.maxAbs(grad)));
    }
  }

  static double relative(double a, double b) {
    return Math.abs(a - b) / Math.max(1e-300, Math.abs(b));
  }

  static double[] flatten(JsonNode layers) {
    List<Double> v = new java.util.ArrayList<>();
    for (JsonNode layer : layers) {
      for (JsonNode row : layer.get("W")) {
        row.forEach(n -> v.add(n.asDouble()));
      }
      layer.get("b").forEach(n -> v.add(n.asDouble()));
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }

  @Test
  void malformedLinesAreReportedWithTheirLineNumberAndProblem() {
    String ok = "{\"id\": 1, \"x\": [0.5, -1], \"layers\": [{\"W\": [[1, 2], [3, 4]], \"b\": [0, 0]},"
        + " {\"W\": [[1, -1], [0.5, 2]], \"b\": [0.1, 0]}], \"noise\": \"logistic\", \"label\": 1}";
    assertThat(read(ok + "\n")).hasSize(1);
    record Bad(String line, String message) {}
    List<Bad> bad = List.of(
        new Bad("{\"id\": 1, \"x\": [0.5", "malformed JSON"),
        new Bad("[1, 2]", "expected a JSON object"),
        new Bad(ok.replace("\"noise\": \"logistic\"", "\"noise\": \"gaussian\""), "unknown noise \"gaussian\""),
        new Bad(ok.replace("\"noise\": \"logistic\"", "\"noise\": 3"), "\"noise\" must be a string"),
        new Bad(ok.replace("\"label\": 1", "\"label\": 2"), "\"label\" must be an integer class in 0..1"),
        new Bad(ok.replace("\"label\": 1", "\"label\": 0.5"), "\"label\""),
        new Bad(ok.replace(", \"label\": 1", ""), "missing key \"label\""),
        new Bad(ok.replace("\"id\": 1, ", ""), "missing key \"id\""),
        new Bad(ok.replace("\"x\": [0.5, -1]", "\"x\": [0.5, \"a\"]"), "x[1] must be a finite number"),
        new Bad(ok.replace("[[1, 2], [3, 4]]", "[[1, 2], [3]]"), "layers[0].W[1] has 1 values, expected 2"),
        new Bad(ok.replace("[[1, -1], [0.5, 2]]", "[[1, -1, 3], [0.5, 2, 1]]"),
            "layers[1].W[0] has 3 values, expected 2 (the rows of layers[0].W)"),
        new Bad(ok.replace("\"b\": [0, 0]}", "\"b\": [0]}"), "layers[0].b has 1 values, expected 2"),
        new Bad(ok.replace("[[1, -1], [0.5, 2]], \"b\": [0.1, 0]", "[[1, -1]], \"b\": [0.1]"),
            "needs at least 2 rows"),
        new Bad(ok.replace("\"id\": 1", "\"id\": 1, \"lable\": 2"), "unknown key \"lable\""),
        new Bad(ok.replace("\"id\": 1", "\"id\": 1, \"lab\\re\": 2"), "unknown key \"lab\\re\""),
        new Bad(ok.replace("\"label\": 1", "\"label\": 1, \"scale\": -1"),
            "noise scale must be positive"),
        new Bad(ok.replace("\"layers\": [{", "\"layers\": [{\"V\": 1, "), "exactly the keys \"W\" and \"b\""));
    for (Bad b : bad) {
      assertThatThrownBy(() -> read(ok + "\n\n" + b.line() + "\n" + ok))
          .as(b.line()).isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("line 3: ").hasMessageContaining(b.message());
    }
  }

  /**
   * A lying row count: 50,000 empty rows under an x of 50,000 values once sized a 2.5-billion-double matrix (an int
   * overflow, or gigabytes) before the first row was checked. Rows are now checked first, and the hidden-unit limit
   * before any row is read.
   */
  @Test
  void aLyingRowCountFailsBeforeAllocating() {
    String x = "[" + "0, ".repeat(49_999) + "0]";
    String rows = "[" + "[], ".repeat(49_999) + "[]]";
    String last = "{\"id\": 1, \"x\": " + x + ", \"layers\": [{\"W\": " + rows + ", \"b\": [0]}], \"noise\": "
        + "\"logistic\", \"label\": 0}";
    assertThatThrownBy(() -> read(last)).hasMessageContaining("line 1: layers[0].W[0] must be a non-empty array");
    String hidden = last.replace("\"b\": [0]}]", "\"b\": [0]}, {\"W\": [[1], [2]], \"b\": [0, 0]}]");
    assertThatThrownBy(() -> read(hidden)).hasMessageContaining("line 1: the network has at least 50000 hidden units");
  }

  @Test
  void tooManyHiddenUnitsIsRefused() {
    Rng rng = new Rng(31);
    assertThatThrownBy(() -> read(line(rng, "1", new int[] {1, 41, 2}, "logistic", 0)))
        .hasMessageContaining("line 1: ").hasMessageContaining("41 hidden units");
  }
}
