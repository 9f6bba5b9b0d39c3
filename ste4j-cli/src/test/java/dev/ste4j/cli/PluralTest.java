package dev.ste4j.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Counts in user messages take the noun in the right number. */
class PluralTest {

  @Test
  void oneIsSingularAndEveryOtherCountPlural() {
    assertThat(Plural.of(1, "epoch")).isEqualTo("1 epoch");
    assertThat(Plural.of(2, "epoch")).isEqualTo("2 epochs");
    assertThat(Plural.of(0, "batch")).isEqualTo("0 batches");
    assertThat(Plural.of(1, "batch")).isEqualTo("1 batch");
    assertThat(Plural.of(3, "section")).isEqualTo("3 sections");
    assertThat(Plural.of(1, "thread")).isEqualTo("1 thread");
  }
}
