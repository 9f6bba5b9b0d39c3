package dev.ste4j.cli.command.train;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ste4j.cli.UserError;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Parses the text of a YAML (or JSON) config into maps, lists and scalars, strictly: a key given twice in a map is an
 * error (YAML forbids it; a parser that keeps the last one hides a mistake), and a number must be finite. YAML's
 * {@code .nan}, {@code .inf} and {@code -.inf} are accepted as syntax (Jackson fails on them as malformed numbers) and
 * then rejected as values, naming the key: {@code lr must be a finite number, got .nan}; so is a number too large for
 * a double ({@code 1e999}). No key of a config takes a non-finite number.
 */
public final class ConfigYaml {

  private static final YAMLFactory YAML = YAMLFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  /** YAML 1.1/1.2 spellings of the special floats. */
  private static final Pattern SPECIAL = Pattern.compile("[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

  private ConfigYaml() {}

  /**
   * The document's value (null for an empty document).
   *
   * @param where names the source at the start of messages, e.g. "config x.yaml"
   * @throws IOException a syntax error from the parser (the caller words it), including a key given twice
   */
  public static Object read(String text, String where) throws IOException {
    try (JsonParser p = YAML.createParser(text)) {
      JsonToken t = p.nextToken();
      return t == null ? null : value(p, t, where, "");
    }
  }

  /** A document that stops inside a map or list is a syntax error, not a loop past its end. */
  private static void ended(JsonParser p, JsonToken t) throws IOException {
    if (t == null) {
      throw new JsonParseException(p, "the document ends inside a map or list");
    }
  }

  private static Object value(JsonParser p, JsonToken t, String where, String path) throws IOException {
    ended(p, t);
    switch (t) {
      case START_OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_OBJECT; k = p.nextToken()) {
          ended(p, k);
          String key = p.currentName();
          map.put(key, value(p, p.nextToken(), where, path.isEmpty() ? key : path + "." + key));
        }
        return map;
      }
      case START_ARRAY -> {
        List<Object> list = new ArrayList<>();
        for (JsonToken k = p.nextToken(); k != JsonToken.END_ARRAY; k = p.nextToken()) {
          ended(p, k);
          list.add(value(p, k, where, path + "[" + list.size() + "]"));
        }
        return list;
      }
      case VALUE_NUMBER_INT -> {
        return p.getNumberValue();
      }
      case VALUE_NUMBER_FLOAT -> {
        String text = p.getText();
        double d = SPECIAL.matcher(text).matches() ? Double.NaN : p.getDoubleValue();
        if (!Double.isFinite(d)) {
          throw new UserError(where + ": " + (path.isEmpty() ? "the document" : path) + " must be a finite number, got "
              + cut(text));
        }
        return d;
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return p.getBooleanValue();
      }
      case VALUE_NULL -> {
        return null;
      }
      case VALUE_EMBEDDED_OBJECT -> {
        return p.getEmbeddedObject();
      }
      default -> {
        return p.getText();
      }
    }
  }

  /** A 2000-digit number is shown by its first 60 characters. */
  private static String cut(String text) {
    return text.length() <= 60 ? text : text.substring(0, 60) + "…";
  }
}
