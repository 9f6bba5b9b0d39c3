package dev.ste4j.lab.yin2019;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.nn.quantizer.SteVariant;
import dev.ste4j.tensor.random.Rng;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class EvalLinesTest {

  private final ObjectMapper mapper = new ObjectMapper();

  private static double[] doubles(JsonNode a) {
    double[] x = new double[a.size()];
    for (int i = 0; i < x.length; i++) {
      x[i] = a.get(i).asDouble();
    }
    return x;
  }

  @Test
  void roundTripGivesTheClosedFormsBitForBit() throws Exception {
    Rng rng = new Rng(31);
    Teacher t = RandomPoints.teacher(rng, 3, 4);
    double[] v = RandomPoints.gaussian(rng, 3, 1);
    double[] w = RandomPoints.gaussian(rng, 4, 1);
    double[][][] z = EmpiricalLoss.gaussianSamples(rng, 5, 3, 4);
    String in = mapper.writeValueAsString(java.util.Map.of("id", "p1", "m", 3, "n", 4, "v", v, "w", w,
        "vStar", t.vStar(), "wStar", t.wStar(), "samples", z));
    List<String> out = new EvalLines().evaluate(new StringReader(in + "\n\n"));
    assertThat(out).hasSize(1);
    JsonNode o = mapper.readTree(out.get(0));
    PopulationPoint p = PopulationPoint.evaluate(v, w, t, new ExpectedCoarseGradient());
    assertThat(o.get("id").asText()).isEqualTo("p1");
    assertThat(o.get("theta").asDouble()).isEqualTo(p.theta());
    assertThat(o.get("loss").asDouble()).isEqualTo(p.loss());
    assertThat(doubles(o.get("gradV"))).containsExactly(p.gradV());
    assertThat(doubles(o.get("gradW"))).containsExactly(p.gradW());
    for (SteVariant e : SteVariant.values()) {
      assertThat(doubles(o.get("coarseGrad").get(YinSte.key(e)))).containsExactly(p.coarse(e));
    }
    EmpiricalPoint emp = EmpiricalLoss.evaluate(v, w, t, z);
    assertThat(o.get("empirical").get("loss").asDouble()).isEqualTo(emp.loss());
    assertThat(doubles(o.get("empirical").get("gradV"))).containsExactly(emp.gradV());
    for (SteVariant e : SteVariant.values()) {
      assertThat(doubles(o.get("empirical").get("coarseGrad").get(YinSte.key(e)))).containsExactly(emp.coarse(e));
    }
  }

  @Test
  void zeroFilterHasNullThetaAndNoEmpiricalWithoutSamples() throws Exception {
    String in = "{\"id\": 7, \"m\": 1, \"n\": 2, \"v\": [1], \"w\": [0, 0], \"vStar\": [2], \"wStar\": [0, 1]}";
    JsonNode o = mapper.readTree(new EvalLines().evaluate(new StringReader(in)).get(0));
    assertThat(o.get("id").asInt()).isEqualTo(7);
    assertThat(o.get("theta").isNull()).isTrue();
    assertThat(o.get("loss").asDouble()).isEqualTo((4 + 4) / 8.0);
    assertThat(o.has("empirical")).isFalse();
  }

  @Test
  void badLinesAreReportedWithTheirNumberAndKey() {
    String good = "{\"id\": 1, \"m\": 1, \"n\": 2, \"v\": [1], \"w\": [1, 0], \"vStar\": [2], \"wStar\": [0, 1]}";
    assertError(good + "\n{\"id\": 2, \"m\": 1", "line 2: malformed JSON");
    assertError(good + "\n" + good + "\n[1, 2]", "line 3: expected a JSON object");
    assertError(good.replace("\"v\": [1]", "\"v\": [1, 2]"), "line 1: 'v' has length 2 but m = 1");
    assertError(good.replace("\"wStar\": [0, 1]", "\"wStar\": [0, 1, 2]"), "'wStar' has length 3 but n = 2");
    assertError(good.replace("\"id\": 1, ", ""), "missing key 'id'");
    assertError(good.replace("vStar", "vstar"), "unknown key \"vstar\"");
    assertError(good.replace("\"m\": 1", "\"m\": 0"), "'m' must be a positive integer");
    assertError(good.replace("[1, 0]", "[1, \"x\"]"), "'w'[1] is not a number");
    assertError(good.replace("[0, 1]", "[0, 0]"), "wStar must be non-zero");
    assertError(good.replace("}", ", \"samples\": [[[1, 2, 3]]]}"), "'samples[0][0]' has length 3 but n = 2");
    assertError(good.replace("}", ", \"samples\": [[[1, 2], [3, 4]]]}"), "'samples'[0] must have m = 1 rows");
    // Found by the fuzz: an escaped CR in an unknown key broke the one-line message.
    assertError(good.replace("vStar", "vSt\\r"), "unknown key \"vSt\\r\"");
  }

  private static void assertError(String input, String message) {
    assertThatThrownBy(() -> new EvalLines().evaluate(new StringReader(input)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(message);
  }
}
