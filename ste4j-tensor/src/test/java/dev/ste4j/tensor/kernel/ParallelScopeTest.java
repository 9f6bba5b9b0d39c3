package dev.ste4j.tensor.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link Parallel#withThreads}: the count holds inside the scope and the one before is back after it. */
class ParallelScopeTest {

  private final int savedThreads = Parallel.threads();

  @AfterEach
  void restoreThreads() {
    Parallel.setThreads(savedThreads);
  }

  @Test
  void theCountHoldsInsideAndThePreviousOneIsRestoredAfter() {
    Parallel.setThreads(3);
    try (Parallel.Scope outer = Parallel.withThreads(2)) {
      assertThat(Parallel.threads()).isEqualTo(2);
      try (Parallel.Scope inner = Parallel.withThreads(1)) {
        assertThat(Parallel.threads()).isEqualTo(1);
      }
      assertThat(Parallel.threads()).isEqualTo(2);
    }
    assertThat(Parallel.threads()).isEqualTo(3);
  }

  @Test
  void anExceptionInsideStillRestoresAndASecondCloseDoesNothing() {
    Parallel.setThreads(3);
    Parallel.Scope scope = Parallel.withThreads(1);
    assertThatThrownBy(() -> {
      try (scope) {
        throw new IllegalStateException("boom");
      }
    }).hasMessage("boom");
    assertThat(Parallel.threads()).isEqualTo(3);
    Parallel.setThreads(2);
    scope.close();
    assertThat(Parallel.threads()).as("closing twice restores nothing").isEqualTo(2);
  }

  @Test
  void aBadCountChangesNothing() {
    Parallel.setThreads(3);
    assertThatThrownBy(() -> Parallel.withThreads(0)).isInstanceOf(IllegalArgumentException.class);
    assertThat(Parallel.threads()).isEqualTo(3);
  }
}
