package dev.ste4j.tensor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Graph walking: accumulation, no-grad scopes, deep graphs, errors. */
class AutogradTest {

  @Test
  void gradientsAccumulateWhenATensorIsUsedTwice() {
    Tensor x = Tensor.of(new float[] {3f}, 1).requiresGrad(true);
    x.mul(x).add(x).sum().backward(); // d(x² + x)/dx = 2x + 1
    assertThat(x.grad().item()).isEqualTo(7f);
  }

  @Test
  void leafGradientsAccumulateOverBackwardCallsUntilZeroed() {
    Tensor x = Tensor.of(new float[] {1f, 2f}, 2).requiresGrad(true);
    x.mul(2f).sum().backward();
    x.mul(3f).sum().backward();
    assertThat(x.grad().toArray()).containsExactly(5f, 5f);
    x.zeroGrad();
    assertThat(x.grad()).isNull();
  }

  @Test
  void noGradScopeRecordsNothing() {
    Tensor x = Tensor.of(new float[] {1f}, 1).requiresGrad(true);
    Tensor y;
    try (var s = NoGrad.enter()) {
      y = x.mul(2f);
      assertThat(NoGrad.isActive()).isTrue();
    }
    assertThat(NoGrad.isActive()).isFalse();
    assertThat(y.requiresGrad()).isFalse();
    assertThat(y.op()).isNull();
  }

  @Test
  void deepGraphsDoNotOverflowTheStack() {
    Tensor x = Tensor.of(new float[] {1f}, 1).requiresGrad(true);
    Tensor y = x;
    for (int i = 0; i < 50_000; i++) {
      y = y.add(0f);
    }
    y.sum().backward();
    assertThat(x.grad().item()).isEqualTo(1f);
  }

  @Test
  void backwardNeedsAScalarOrAnExplicitGradient() {
    Tensor x = Tensor.of(new float[] {1f, 2f}, 2).requiresGrad(true);
    Tensor y = x.mul(2f);
    assertThatThrownBy(y::backward).hasMessageContaining("[2]");
    assertThatThrownBy(() -> y.backward(Tensor.zeros(3))).hasMessageContaining("[3]").hasMessageContaining("[2]");
  }

  @Test
  void shapeMismatchNamesBothShapesAndTheOp() {
    Tensor a = Tensor.zeros(2, 3);
    Tensor b = Tensor.zeros(4, 3);
    assertThatThrownBy(() -> a.add(b)).hasMessageContaining("add").hasMessageContaining("[2, 3]")
        .hasMessageContaining("[4, 3]");
    assertThatThrownBy(() -> a.matmul(b)).hasMessageContaining("matmul").hasMessageContaining("[2, 3]")
        .hasMessageContaining("[4, 3]");
    assertThatThrownBy(() -> a.reshape(5, -1)).hasMessageContaining("reshape").hasMessageContaining("[2, 3]");
  }

  @Test
  void viewsShareStorageAndReadCorrectly() {
    Tensor x = Tensor.of(new float[] {0, 1, 2, 3, 4, 5}, 2, 3);
    Tensor t = x.transpose(0, 1);
    assertThat(t.isContiguous()).isFalse();
    assertThat(t.toArray()).containsExactly(0, 3, 1, 4, 2, 5);
    assertThat(x.slice(1, 1, 3).toArray()).containsExactly(1, 2, 4, 5);
    assertThat(t.get(2, 1)).isEqualTo(5f);
    assertThat(x.sum(false, 0).toArray()).containsExactly(3, 5, 7);
    assertThat(x.max(1, false).toArray()).containsExactly(2, 5);
    assertThat(x.argmax(0)).containsExactly(1, 1, 1);
  }
}
