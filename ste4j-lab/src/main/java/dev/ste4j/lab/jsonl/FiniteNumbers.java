package dev.ste4j.lab.jsonl;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.Map;

/**
 * Finds a number in a result that is not finite (±∞ or NaN). Jackson would write such a number as the JSON strings
 * "Infinity" or "NaN", so a command checks each result with this before writing anything and reports the quantity
 * instead.
 */
public final class FiniteNumbers {

  private FiniteNumbers() {}

  /**
   * The path of the first non-finite number among the fields of a result object (e.g. {@code gradW[1]}), or null when
   * all are finite. The field {@code id} is skipped: it echoes the input as given (a 2000-digit id is not a result).
   */
  public static String firstNonFinite(JsonNode result) {
    for (Iterator<Map.Entry<String, JsonNode>> it = result.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      String found = e.getKey().equals("id") ? null : find(e.getValue(), e.getKey());
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String find(JsonNode node, String path) {
    if (node.isNumber()) {
      return Double.isFinite(node.asDouble()) ? null : path;
    }
    if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        String found = find(node.get(i), path + "[" + i + "]");
        if (found != null) {
          return found;
        }
      }
    } else if (node.isObject()) {
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String found = find(e.getValue(), path.isEmpty() ? e.getKey() : path + "." + e.getKey());
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }
}
