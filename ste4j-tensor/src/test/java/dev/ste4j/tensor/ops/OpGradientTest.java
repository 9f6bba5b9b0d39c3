package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.check.GradCheck;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every differentiable op against finite differences; and no public op of any class in dev.ste4j.tensor.ops without
 * a case or a reasoned exemption.
 */
class OpGradientTest {

  /**
   * Public ops with no finite-difference case, each with its reason: checked against its definition in the named
   * test, or without a gradient by design. An entry that names no public op fails the guard, so none goes stale.
   */
  static final Map<String, Exemption> EXEMPT = Map.of(
      "StraightThrough.apply", Exemption.checkedIn("StraightThroughTest",
          "a straight-through backward is not the derivative of its forward: checked against g · pseudoDerivative"),
      "StraightThrough.applyWhole", Exemption.checkedIn("StraightThroughTest",
          "a straight-through backward is not the derivative of its forward: checked against g · pseudoDerivative"),
      "SignSte.apply", Exemption.checkedIn("SignSteTest",
          "sign is piecewise constant (finite differences give 0): checked against g · 1{|x| ≤ clip}"),
      "BinaryLinalg.binaryMatmul", Exemption.checkedIn("BinaryLinalgTest",
          "accepts ±1 inputs only, which finite differences leave: backward compared with Linalg.matmul's"),
      "BinaryLinalg.binaryConv2d", Exemption.checkedIn("BinaryLinalgTest",
          "accepts ±1 inputs only, which finite differences leave: backward compared with Conv.conv2d's"),
      "BinaryLinalg.binaryDense", Exemption.noGradient(
          "inference on weights packed once: records nothing for autograd by design"));

  /** Why an op has no case in {@link GradientCases}; {@code test} is null for an op without a gradient. */
  record Exemption(String test, String reason) {
    static Exemption checkedIn(String test, String reason) {
      return new Exemption(test, reason);
    }

    static Exemption noGradient(String reason) {
      return new Exemption(null, reason);
    }
  }

  @TestFactory
  Stream<DynamicTest> everyCaseMatchesFiniteDifferences() {
    GradCheck checker = GradCheck.defaults();
    return GradientCases.all().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
      GradientCases.Case c = e.getValue();
      GradCheck.Result result = checker.check(c.f(), c.inputs());
      assertThat(result.passed()).as(e.getKey() + ": " + result).isTrue();
    }));
  }

  @Test
  void everyPublicOpHasAGradientCaseOrAReasonedExemption() throws Exception {
    Map<String, GradientCases.Case> cases = GradientCases.all();
    Set<String> ops = OpsPackage.publicOps();
    assertThat(ops).as("public ops found in dev.ste4j.tensor.ops").contains("Elementwise.add", "SignSte.apply",
        "BinaryLinalg.binaryMatmul");
    Set<String> missing = new TreeSet<>();
    for (String name : ops) {
      boolean covered = cases.keySet().stream().anyMatch(n -> n.equals(name) || n.startsWith(name + " "));
      if (!covered && !EXEMPT.containsKey(name)) {
        missing.add(name);
      }
    }
    assertThat(missing).as("ops without a gradient case in GradientCases or an entry in EXEMPT").isEmpty();
    assertThat(ops).as("EXEMPT entries that name no public op").containsAll(EXEMPT.keySet());
    for (Exemption e : EXEMPT.values()) {
      assertThat(e.reason()).isNotBlank();
      if (e.test() != null) {
        Class.forName("dev.ste4j.tensor.ops." + e.test());
      }
    }
  }

  @Test
  void anOpWithoutAGradientByDesignRecordsNothing() {
    Tensor x = Tensor.of(new float[] {0.5f, -2f, 0f, 1f}, 2, 2).requiresGrad(true);
    Tensor y = BinaryLinalg.binaryDense(x, dev.ste4j.tensor.kernel.PackedBits.pack(new float[] {1f, -1f}, 0, 1, 2));
    assertThat(y.requiresGrad()).isFalse();
  }
}
