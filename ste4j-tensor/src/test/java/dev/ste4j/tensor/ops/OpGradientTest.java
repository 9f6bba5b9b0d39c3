package dev.ste4j.tensor.ops;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.tensor.Tensor;
import dev.ste4j.tensor.check.GradCheck;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Every differentiable op against finite differences; and no public op without a case. */
class OpGradientTest {

  /** Op classes whose public static Tensor-returning methods must each have a gradient case. */
  static final List<Class<?>> OP_CLASSES = List.of(
      Elementwise.class, Reduce.class, Movement.class, Linalg.class, Conv.class, Pool.class, Norm.class, Loss.class);

  /** The straight-through op is checked against its definition instead (StraightThroughTest). */
  static final Set<String> CHECKED_ELSEWHERE = Set.of("StraightThrough.apply", "StraightThrough.applyWhole");

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
  void everyPublicOpHasAGradientCase() {
    Map<String, GradientCases.Case> cases = GradientCases.all();
    Set<String> missing = new TreeSet<>();
    for (Class<?> k : OP_CLASSES) {
      for (Method m : k.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())
            && m.getReturnType() == Tensor.class) {
          String name = k.getSimpleName() + "." + m.getName();
          boolean covered = cases.keySet().stream().anyMatch(n -> n.equals(name) || n.startsWith(name + " "));
          if (!covered && !CHECKED_ELSEWHERE.contains(name)) {
            missing.add(name);
          }
        }
      }
    }
    assertThat(missing).as("ops without a gradient case in GradientCases").isEmpty();
  }
}
