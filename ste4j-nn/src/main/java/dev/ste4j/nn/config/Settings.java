package dev.ste4j.nn.config;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * The settings of one named component (an optimizer, a schedule, the training loop): a map from key to value as read
 * from a config file, checked against the keys the component knows.
 *
 * <p>Values may be numbers, booleans, strings (numbers written as strings, e.g. "1e-3", are accepted) or lists. The
 * constructor rejects an unknown key with a message naming it and listing the valid ones, so a typo in a config never
 * passes silently; a malformed value fails naming the key.
 */
public final class Settings {

  private final String owner;
  private final Map<String, Object> values;

  /**
   * @param owner what these settings configure, for messages (e.g. "optimizer adam")
   * @param values the settings as read; not modified
   * @param validKeys the keys the owner understands
   * @throws IllegalArgumentException naming the first unknown key and listing the valid ones
   */
  public Settings(String owner, Map<String, ?> values, Collection<String> validKeys) {
    this.owner = owner;
    this.values = new LinkedHashMap<>(values == null ? Map.of() : values);
    for (String key : this.values.keySet()) {
      if (!validKeys.contains(key)) {
        throw new IllegalArgumentException(owner + ": unknown key '" + key + "'; valid keys: "
            + String.join(", ", new TreeSet<>(validKeys)));
      }
    }
  }

  /** Settings with no values, for a component used with all its defaults. */
  public static Settings empty(String owner) {
    return new Settings(owner, Map.of(), List.of());
  }

  public String owner() {
    return owner;
  }

  public boolean has(String key) {
    return values.containsKey(key) && values.get(key) != null;
  }

  /** The raw values; unmodifiable. */
  public Map<String, Object> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public double getDouble(String key, double fallback) {
    if (!has(key)) {
      return fallback;
    }
    return toDouble(key, values.get(key));
  }

  /** A finite number that is at least {@code min}. */
  public double getDouble(String key, double fallback, double min) {
    double v = getDouble(key, fallback);
    if (!(v >= min) || Double.isInfinite(v)) {
      throw new IllegalArgumentException(owner + ": " + key + " must be a finite number ≥ " + min + ", got "
          + shown(v));
    }
    return v;
  }

  public int getInt(String key, int fallback, int min) {
    if (!has(key)) {
      return fallback;
    }
    double d = toDouble(key, values.get(key));
    if (d != Math.rint(d) || d < min || d > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(owner + ": " + key + " must be an integer ≥ " + min + ", got "
          + shown(values.get(key)));
    }
    return (int) d;
  }

  /** A whole number of any size (read exactly, not through a double, so 64-bit seeds survive). */
  public long getLong(String key, long fallback) {
    if (!has(key)) {
      return fallback;
    }
    Object v = values.get(key);
    if (v instanceof Long || v instanceof Integer || v instanceof Short || v instanceof Byte) {
      return ((Number) v).longValue();
    }
    try {
      return Long.parseLong(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(owner + ": " + key + " must be a whole number, got '" + shown(v) + "'");
    }
  }

  public boolean getBoolean(String key, boolean fallback) {
    if (!has(key)) {
      return fallback;
    }
    Object v = values.get(key);
    if (v instanceof Boolean b) {
      return b;
    }
    String s = v.toString().trim().toLowerCase(java.util.Locale.ROOT);
    if (s.equals("true") || s.equals("false")) {
      return Boolean.parseBoolean(s);
    }
    throw new IllegalArgumentException(owner + ": " + key + " must be true or false, got " + shown(v));
  }

  public String getString(String key, String fallback) {
    return has(key) ? values.get(key).toString() : fallback;
  }

  /** A list of numbers, written as a list or as one comma-separated string ("30,60,90"). */
  public List<Double> getDoubles(String key, List<Double> fallback) {
    if (!has(key)) {
      return fallback;
    }
    Object v = values.get(key);
    List<Double> out = new ArrayList<>();
    if (v instanceof Collection<?> c) {
      for (Object o : c) {
        out.add(toDouble(key, o));
      }
    } else {
      for (String part : v.toString().split(",")) {
        if (!part.isBlank()) {
          out.add(toDouble(key, part.trim()));
        }
      }
    }
    return out;
  }

  /** A nested map of settings (e.g. a rule's match), or an empty map. */
  @SuppressWarnings("unchecked")
  public Map<String, Object> getMap(String key) {
    if (!has(key)) {
      return Map.of();
    }
    Object v = values.get(key);
    if (v instanceof Map<?, ?> m) {
      return (Map<String, Object>) m;
    }
    throw new IllegalArgumentException(owner + ": " + key + " must be a map of settings, got " + shown(v));
  }

  private double toDouble(String key, Object v) {
    if (v instanceof Number n) {
      return n.doubleValue();
    }
    try {
      return Double.parseDouble(v.toString().trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(owner + ": " + key + " must be a number, got '" + shown(v) + "'");
    }
  }

  /**
   * A value as a message shows it: control characters escaped (a message is one line) and long values cut, so a
   * corrupt file cannot flood the terminal.
   */
  static String shown(Object v) {
    String s = String.valueOf(v);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length() && sb.length() < 60; i++) {
      char c = s.charAt(i);
      sb.append(Character.isISOControl(c) ? String.format(java.util.Locale.ROOT, "\\u%04x", (int) c) : c);
    }
    return sb.length() < s.length() ? sb + "…" : sb.toString();
  }

  @Override
  public String toString() {
    return owner + " " + values;
  }
}
