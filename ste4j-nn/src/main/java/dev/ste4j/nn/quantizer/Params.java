package dev.ste4j.nn.quantizer;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads a quantizer's string parameters for the registry: each read marks its key as known, and {@link #finish()}
 * rejects the keys nobody read, so a misspelt parameter fails naming itself.
 */
final class Params {

  private final String owner;
  private final Map<String, String> values;
  private final Set<String> known = new LinkedHashSet<>();

  Params(String owner, Map<String, String> values) {
    this.owner = owner;
    this.values = values == null ? Map.of() : new LinkedHashMap<>(values);
  }

  String string(String key, String fallback) {
    known.add(key);
    String v = values.get(key);
    return v == null ? fallback : v.trim();
  }

  String choice(String key, String fallback, String... allowed) {
    String v = string(key, fallback);
    if (!Arrays.asList(allowed).contains(v)) {
      throw new IllegalArgumentException(owner + ": " + key + "=" + v + " is not one of " + String.join(", ", allowed));
    }
    return v;
  }

  float number(String key, float fallback) {
    return parsed(key, fallback, Float::parseFloat, "a number");
  }

  int integer(String key, int fallback) {
    return parsed(key, fallback, Integer::parseInt, "an integer");
  }

  private <T> T parsed(String key, T fallback, Function<String, T> parse, String kind) {
    String v = string(key, null);
    if (v == null) {
      return fallback;
    }
    try {
      return parse.apply(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(owner + ": " + key + "=" + v + " is not " + kind);
    }
  }

  boolean has(String key) {
    known.add(key);
    return values.containsKey(key);
  }

  /** Fails on any parameter that was never read, listing the known ones. */
  void finish() {
    for (String k : values.keySet()) {
      if (!known.contains(k)) {
        throw new IllegalArgumentException(owner + ": unknown parameter '" + k + "'"
            + (known.isEmpty() ? " (it takes none)" : "; known: " + String.join(", ", known)));
      }
    }
  }
}
