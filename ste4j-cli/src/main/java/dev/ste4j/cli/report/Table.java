package dev.ste4j.cli.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A table of results with named columns, rendered as CSV, JSON and (by {@link Report}) HTML.
 *
 * <p>Cells hold numbers, strings, booleans or {@code null} (an empty CSV cell, JSON {@code null}); any other object
 * is stored as its {@code toString()}. CSV follows RFC 4180: a cell is quoted when it contains a comma, a quote, a
 * line break or leading/trailing spaces, and quotes inside are doubled; numbers keep full precision
 * ({@link Double#toString}); lines end with CRLF. JSON is {@code {"columns": [...], "rows": [{column: value}, ...]}},
 * with non-finite numbers written as the strings {@code "NaN"}, {@code "Infinity"}, {@code "-Infinity"} (JSON has no
 * such numbers).
 */
public final class Table {

  private final List<String> columns;
  private final List<List<Object>> rows = new ArrayList<>();
  private final Map<String, String> undefined = new LinkedHashMap<>();

  /** A table with these column names (at least one, all distinct and non-blank). */
  public Table(String... columns) {
    this(Arrays.asList(columns));
  }

  /** A table with these column names (at least one, all distinct and non-blank). */
  public Table(List<String> columns) {
    if (columns.isEmpty()) {
      throw new IllegalArgumentException("a table needs at least one column");
    }
    Set<String> seen = new HashSet<>();
    for (String c : columns) {
      if (c == null || c.isBlank()) {
        throw new IllegalArgumentException("blank column name in " + columns);
      }
      if (!seen.add(c)) {
        throw new IllegalArgumentException("duplicate column name '" + c + "' in " + columns);
      }
    }
    this.columns = List.copyOf(columns);
  }

  /**
   * Says why a column may hold NaN, in words for a reader ("no trial returned to the optimum"). The CSV and JSON
   * keep NaN; the HTML report shows such a cell as a dash with this reason as a footnote under the table (NaN in a
   * column without a reason gets a generic footnote). Returns this table.
   *
   * @throws IllegalArgumentException if there is no such column
   */
  public Table undefinedWhen(String column, String reason) {
    if (!columns.contains(column)) {
      throw new IllegalArgumentException("no column '" + column + "' in " + columns);
    }
    undefined.put(column, reason);
    return this;
  }

  /** The reasons given by {@link #undefinedWhen}, by column. */
  public Map<String, String> undefinedReasons() {
    return Collections.unmodifiableMap(undefined);
  }

  /** Appends a row; there must be exactly one value per column. Returns this table. */
  public Table row(Object... values) {
    if (values.length != columns.size()) {
      throw new IllegalArgumentException("row " + (rows.size() + 1) + " has " + values.length + " values but the table"
          + " has " + columns.size() + " columns " + columns);
    }
    List<Object> row = new ArrayList<>(values.length);
    for (Object v : values) {
      row.add(normalize(v));
    }
    rows.add(Collections.unmodifiableList(row));
    return this;
  }

  private static Object normalize(Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof Number n) {
      // Wrappers from java.lang only, so that CSV, JSON and HTML agree on how a value prints.
      if (n instanceof Double || n instanceof Float || n instanceof Long || n instanceof Integer
          || n instanceof Short || n instanceof Byte) {
        return n;
      }
      return n.toString();
    }
    return v.toString();
  }

  /** The column names, in order. */
  public List<String> columns() {
    return columns;
  }

  /** The rows, in insertion order; each an unmodifiable list with one value per column. */
  public List<List<Object>> rows() {
    return Collections.unmodifiableList(rows);
  }

  /** Number of rows. */
  public int size() {
    return rows.size();
  }

  /** The value at (row, column name). */
  public Object get(int row, String column) {
    return rows.get(row).get(indexOf(column));
  }

  /** A numeric column as doubles, e.g. for plotting; a non-number cell is an error naming row and column. */
  public double[] column(String column) {
    int c = indexOf(column);
    double[] out = new double[rows.size()];
    for (int r = 0; r < out.length; r++) {
      Object v = rows.get(r).get(c);
      if (!(v instanceof Number n)) {
        throw new IllegalArgumentException("column '" + column + "' row " + (r + 1) + " is not a number: " + v);
      }
      out[r] = n.doubleValue();
    }
    return out;
  }

  private int indexOf(String column) {
    int c = columns.indexOf(column);
    if (c < 0) {
      throw new IllegalArgumentException("no column '" + column + "' in table with columns " + columns);
    }
    return c;
  }

  /** RFC 4180 CSV with a header line. */
  public String toCsv() {
    StringBuilder sb = new StringBuilder();
    appendCsvLine(sb, new ArrayList<>(columns));
    for (List<Object> row : rows) {
      appendCsvLine(sb, row);
    }
    return sb.toString();
  }

  private static void appendCsvLine(StringBuilder sb, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        sb.append(',');
      }
      sb.append(csvCell(cells.get(i)));
    }
    sb.append("\r\n");
  }

  /** One CSV cell: empty for null, quoted when needed. */
  static String csvCell(Object v) {
    if (v == null) {
      return "";
    }
    String s = v.toString();
    boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0
        || (!s.isEmpty() && (Character.isWhitespace(s.charAt(0)) || Character.isWhitespace(s.charAt(s.length() - 1))));
    return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
  }

  /** The table as a JSON-ready structure: {@code {"columns": [...], "rows": [{...}, ...]}}. */
  public Map<String, Object> toJsonValue() {
    List<Map<String, Object>> out = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      Map<String, Object> m = new LinkedHashMap<>();
      for (int c = 0; c < columns.size(); c++) {
        m.put(columns.get(c), jsonCell(row.get(c)));
      }
      out.add(m);
    }
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("columns", columns);
    json.put("rows", out);
    return json;
  }

  private static Object jsonCell(Object v) {
    if (v instanceof Double d && !Double.isFinite(d) || v instanceof Float f && !Float.isFinite(f)) {
      return v.toString();
    }
    return v;
  }

  /** Indented JSON, see {@link #toJsonValue()}. */
  public String toJson() {
    try {
      return Json.MAPPER.writeValueAsString(toJsonValue());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot render table as JSON: " + e.getMessage(), e);
    }
  }

  @Override
  public String toString() {
    return "Table" + columns + " with " + rows.size() + " rows";
  }
}
