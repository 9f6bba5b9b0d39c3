package dev.ste4j.cli.report;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A JSON or YAML reader's failure in plain words: where it is (line, column, key) and what is wrong there. Jackson's
 * own messages name Java types ({@code `java.util.LinkedHashMap<…>`}), parser tokens, a reference chain and the
 * source ({@code at [Source: …; line: 1, column: 2]}); none of that helps a user, so only the problem is kept.
 */
public final class JsonErrors {

  private JsonErrors() {}

  /** {@code " at line L, column C: problem"} (or {@code ": problem"} without a position), to append to a file name. */
  public static String describe(JacksonException e) {
    if (e.getCause() instanceof org.yaml.snakeyaml.error.MarkedYAMLException m && m.getProblemMark() != null) {
      return " at line " + (m.getProblemMark().getLine() + 1) + ", column " + (m.getProblemMark().getColumn() + 1)
          + ": " + firstLine(m.getProblem());
    }
    JsonLocation where = e.getLocation();
    String position = where != null && where.getLineNr() > 0
        ? " at line " + where.getLineNr() + ", column " + where.getColumnNr() : "";
    String key = e instanceof JsonMappingException j && !j.getPath().isEmpty()
        ? " (key " + j.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName()
            : String.valueOf(r.getIndex())).collect(Collectors.joining(".")) + ")" : "";
    String problem = e instanceof MismatchedInputException m && m.getTargetType() != null
        ? "expected " + kind(m.getTargetType()) + " there"
        : plain(firstLine(e.getOriginalMessage()));
    return position + key + ": " + problem;
  }

  /** The kind of JSON value a Java type is read from. */
  private static String kind(Class<?> type) {
    if (Map.class.isAssignableFrom(type)) {
      return "an object of keys and values";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "a list";
    }
    if (Number.class.isAssignableFrom(type) || (type.isPrimitive() && type != boolean.class)) {
      return "a number";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "true or false";
    }
    return type == String.class ? "text" : "a value of another kind";
  }

  /** Removes Java type names and parser tokens that Jackson writes in backquotes. */
  static String plain(String message) {
    String s = message.replaceAll("\\s*\\(through reference chain:[^)]*\\)", "")
        .replaceAll("\\s*\\(token `[^`]*`\\)", "")
        .replaceAll("`(java|com\\.fasterxml)\\.[^`]*`", "a value")
        .replaceAll("\\s*at \\[Source:.*$", "");
    return s.isBlank() ? "unreadable" : s.strip();
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "unreadable";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl).trim();
  }
}
