package dev.ste4j.nn.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsTest {

  @Test
  void readsTypedValuesAndRejectsUnknownKeysAndMalformedValuesByName() {
    long big = (1L << 60) + 1;
    Settings s = new Settings("demo", Map.of("seed", big, "lr", "1e-3", "on", "true", "ms", "3, 6", "n", 4.0),
        Set.of("seed", "lr", "on", "ms", "n", "unused"));
    assertThat(s.getLong("seed", 0)).isEqualTo(big);
    assertThat(s.getDouble("lr", 0)).isEqualTo(1e-3);
    assertThat(s.getBoolean("on", false)).isTrue();
    assertThat(s.getDoubles("ms", List.of())).containsExactly(3.0, 6.0);
    assertThat(s.getInt("n", 0, 1)).isEqualTo(4);
    assertThat(s.getInt("unused", 7, 1)).isEqualTo(7);
    assertThatThrownBy(() -> new Settings("demo", Map.of("lrr", 1), Set.of("lr", "seed")))
        .hasMessage("demo: unknown key 'lrr'; valid keys: lr, seed");
    Settings bad = new Settings("demo", Map.of("n", 2.5, "on", "yes", "seed", "x"), Set.of("n", "on", "seed"));
    assertThatThrownBy(() -> bad.getInt("n", 0, 1)).hasMessageContaining("n must be an integer");
    assertThatThrownBy(() -> bad.getBoolean("on", false)).hasMessageContaining("on must be true or false");
    assertThatThrownBy(() -> bad.getLong("seed", 0)).hasMessageContaining("seed must be a whole number");
  }
}
