package dev.ste4j.lab.jsonl;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A result that the mathematics defines but a double cannot hold (it overflows): the input's fault, reported with the
 * input's id so that the user can find the point among many. An {@link IllegalArgumentException}, so commands report
 * it as bad input (exit code 2).
 */
public final class OutOfRangeResult extends IllegalArgumentException {

  private static final int MAX_ID = 60;
  private final String id;

  /**
   * @param id the input's id as given (any JSON value), shown as JSON and cut to 60 characters
   * @param message what overflows and why, in plain words
   */
  public OutOfRangeResult(JsonNode id, String message) {
    super(message);
    String text = String.valueOf(id);
    this.id = text.length() <= MAX_ID ? text : text.substring(0, MAX_ID) + "…";
  }

  /** The id as JSON text (a string id keeps its quotes), at most about 60 characters. */
  public String id() {
    return id;
  }
}
