package dev.ste4j.lab.shekhovtsov2021;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.tensor.random.Rng;
import java.io.BufferedReader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The exact command with Bernoulli weights ("eta" layers) against an independent brute force over joint states. */
class ExactBernoulliJsonTest {

  static final ObjectMapper JSON = new ObjectMapper();

  /** A line whose layers give "eta"; extra is appended inside the object (e.g. the weight noise). */
  static String line(Rng rng, int[] widths, String noise, int label, String extra) {
    String real = ExactJsonLinesTest.line(rng, "\"b\"", widths, noise, label).replace("\"W\"", "\"eta\"");
    return real.substring(0, real.length() - 1) + extra + "}";
  }

  static List<ExactRequest> read(String text) {
    return ExactJsonLines.read(new BufferedReader(new StringReader(text)));
  }

  @Test
  void gradientAndStExpectationOfBernoulliWeightsAgreeWithBruteForceToOneInABillion() throws Exception {
    Rng rng = new Rng(41);
    String text = line(rng, new int[] {2, 2, 2}, "logistic", 1, "") + "\n"
        + line(rng, new int[] {2, 2, 2, 2}, "logistic", 0, ", \"scale\": 0.7") + "\n"
        + line(rng, new int[] {2, 3, 2}, "uniform", 1, ", \"scale\": 2.5") + "\n"
        + line(rng, new int[] {2, 2, 2}, "logistic", 0, ", \"weightNoise\": \"uniform\", \"weightScale\": 2") + "\n"
        + line(rng, new int[] {3, 2, 2}, "uniform", 1, ", \"scale\": 3, \"weightNoise\": \"logistic\"") + "\n";
    List<ExactRequest> reqs = read(text);
    assertThat(reqs).hasSize(5);
    for (ExactRequest r : reqs) {
      assertThat(r.net().hasStochasticWeights()).isTrue();
      JsonNode out = JSON.readTree(ExactJsonLines.toLine(ExactJsonLines.compute(r)));
      assertThat(out.get("grad").get(0).has("eta")).isTrue();
      assertThat(out.get("grad").get(0).has("W")).isFalse();
      assertThat(out.get("stExpectation").get(0).has("eta")).isTrue();
      double[][] brute = BruteForceBernoulli.expectedLossGradientAndSt(r.net(), r.x(), r.label());
      assertThat(ExactJsonLinesTest.relative(out.get("expectedLoss").asDouble(), brute[0][0])).isLessThan(1e-9);
      assertClose(flatten(out.get("grad")), brute[1]);
      assertClose(flatten(out.get("stExpectation")), brute[2]);
    }
  }

  @Test
  void theWeightNoiseDefaultsToTheUnitsNoiseWithItsScale() {
    ExactRequest r = read(line(new Rng(3), new int[] {2, 2, 2}, "uniform", 0, ", \"scale\": 1.5")).get(0);
    assertThat(r.net().weightNoise()).isEqualTo(new Noise(NoiseKind.UNIFORM, 1.5));
    ExactRequest w = read(line(new Rng(3), new int[] {2, 2, 2}, "uniform", 0, ", \"weightNoise\": \"logistic\""))
        .get(0);
    assertThat(w.net().weightNoise()).isEqualTo(Noise.logistic());
  }

  @Test
  void mixedOrMisplacedWeightKeysAreReportedWithTheirLine() {
    String eta = line(new Rng(4), new int[] {2, 2, 2}, "logistic", 0, "");
    int last = eta.lastIndexOf("\"eta\"");
    String mixed = eta.substring(0, last) + "\"W\"" + eta.substring(last + 5);
    assertThatThrownBy(() -> read("\n" + mixed)).hasMessageStartingWith("line 2: layers[1] gives \"W\"")
        .hasMessageContaining("Bernoulli in every layer");
    String realWithNoise = ExactJsonLinesTest.line(new Rng(4), "1", new int[] {2, 2, 2}, "logistic", 0);
    String bad = realWithNoise.substring(0, realWithNoise.length() - 1) + ", \"weightNoise\": \"logistic\"}";
    assertThatThrownBy(() -> read(bad)).hasMessageContaining("need Bernoulli weights");
    assertThatThrownBy(() -> read(line(new Rng(4), new int[] {2, 2, 2}, "logistic", 0, ", \"weightScale\": 2")))
        .hasMessageContaining("\"weightScale\" needs \"weightNoise\"");
    assertThatThrownBy(() -> read(line(new Rng(4), new int[] {6, 5, 2}, "logistic", 0, "")))
        .hasMessageContaining("binary variables (hidden units and Bernoulli weights)");
  }

  static void assertClose(double[] got, double[] want) {
    assertThat(got).hasSameSizeAs(want);
    double scale = Math.max(1e-3, BruteForce.maxAbs(want));
    for (int k = 0; k < got.length; k++) {
      assertThat(Math.abs(got[k] - want[k])).as("coordinate %d", k).isLessThan(1e-9 * Math.max(scale * 1e-3,
          Math.abs(want[k])) + 1e-15);
    }
  }

  static double[] flatten(JsonNode layers) {
    List<Double> v = new ArrayList<>();
    for (JsonNode layer : layers) {
      for (JsonNode row : layer.get("eta")) {
        row.forEach(n -> v.add(n.asDouble()));
      }
      layer.get("b").forEach(n -> v.add(n.asDouble()));
    }
    return v.stream().mapToDouble(Double::doubleValue).toArray();
  }
}
