package dev.ste4j.lab.jsonl;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;

/**
 * Parses one line of a JSON-lines file strictly: exactly one JSON value, nothing after it but spaces ({@code {"a":1} x}
 * and {@code {"a":1}{"b":2}} are errors, not a silently dropped tail), and no key given twice in an object (Jackson
 * would keep the last one). A problem is an {@link IllegalArgumentException} whose message is one line in plain words
 * with the column, never the parser's source excerpt or class names; the caller adds file and line.
 */
public final class JsonLine {

  private static final ObjectMapper STRICT = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();

  private JsonLine() {}

  /** The value on the line (null for a line holding only spaces). */
  public static JsonNode parse(String line) {
    try (JsonParser p = STRICT.createParser(line)) {
      JsonNode root = STRICT.readTree(p);
      int end = p.currentLocation().getColumnNr() - 1;
      if (root != null && hasMore(p)) {
        throw new IllegalArgumentException("unexpected content after the JSON " + kind(root) + ", which ends at column "
            + end + "; each line must hold one JSON object and nothing else");
      }
      return root;
    } catch (StreamReadException e) {
      throw new IllegalArgumentException(plainWords(e), e);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("malformed JSON: " + firstLine(e.getOriginalMessage()), e);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read the line: " + e.getMessage(), e); // not reached for a String
    }
  }

  private static String plainWords(StreamReadException e) {
    String why = firstLine(e.getOriginalMessage());
    int column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
    String at = column > 0 ? " at column " + column : "";
    if (why.startsWith("Duplicate field '")) {
      // Quoted as JSON, so a key holding a control character cannot break the message's line.
      String key = e.getProcessor() == null ? null : currentName(e.getProcessor());
      return "key " + (key == null ? "" : new TextNode(key) + " ") + "given twice" + at
          + "; each key may appear once in an object";
    }
    int cut = why.indexOf(" (start marker");
    why = cut > 0 ? why.substring(0, cut) : why;
    return "malformed JSON" + at + ": " + why;
  }

  /** Whether anything but spaces follows the value (a token, or text that is not even one). */
  private static boolean hasMore(JsonParser p) {
    try {
      return p.nextToken() != null;
    } catch (IOException e) {
      return true;
    }
  }

  private static String currentName(JsonParser p) {
    try {
      return p.currentName();
    } catch (IOException e) {
      return null;
    }
  }

  private static String kind(JsonNode root) {
    return root.isObject() ? "object" : root.isArray() ? "array" : "value";
  }

  /** The first line of a parser message, with anything that names Jackson's classes cut off. */
  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    String line = nl < 0 ? s : s.substring(0, nl);
    int internal = line.indexOf("com.fasterxml");
    return (internal < 0 ? line : line.substring(0, internal)).trim();
  }
}
