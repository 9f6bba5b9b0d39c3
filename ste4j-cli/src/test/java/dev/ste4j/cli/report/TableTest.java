package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ste4j.tensor.random.Rng;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TableTest {

  @Test
  void csvQuotesOnlyWhatNeedsQuoting() {
    Table t = new Table("name", "value", "note")
        .row("plain", 1.5, "a, b")
        .row("say \"hi\"", 2, "line1\nline2")
        .row(" padded", null, true);
    assertThat(t.toCsv()).isEqualTo(
        "name,value,note\r\n"
            + "plain,1.5,\"a, b\"\r\n"
            + "\"say \"\"hi\"\"\",2,\"line1\nline2\"\r\n"
            + "\" padded\",,true\r\n");
  }

  @Test
  void csvRoundTripsArbitraryStrings() {
    // Seeded property check: any mix of the characters CSV cares about parses back to the same cells.
    Rng rng = new Rng(42);
    String alphabet = "ab ,\"\n\r;x";
    for (int trial = 0; trial < 200; trial++) {
      Table t = new Table("c1", "c2");
      List<List<String>> expected = new ArrayList<>();
      for (int r = 0; r < 3; r++) {
        String[] cells = new String[2];
        for (int c = 0; c < 2; c++) {
          StringBuilder sb = new StringBuilder("v");
          int len = rng.nextInt(6);
          for (int i = 0; i < len; i++) {
            sb.append(alphabet.charAt(rng.nextInt(alphabet.length())));
          }
          cells[c] = sb.toString();
        }
        t.row((Object[]) cells);
        expected.add(List.of(cells));
      }
      List<List<String>> parsed = parseCsv(t.toCsv());
      assertThat(parsed.get(0)).containsExactly("c1", "c2");
      assertThat(parsed.subList(1, parsed.size())).as("trial %d: %s", trial, t.toCsv()).isEqualTo(expected);
    }
  }

  /** A strict RFC 4180 reader: CRLF ends a record; quoted fields may hold anything. */
  private static List<List<String>> parseCsv(String csv) {
    List<List<String>> records = new ArrayList<>();
    List<String> record = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    int i = 0;
    while (i < csv.length()) {
      char ch = csv.charAt(i);
      if (field.length() == 0 && ch == '"') {
        i++;
        while (true) {
          char q = csv.charAt(i++);
          if (q == '"') {
            if (i < csv.length() && csv.charAt(i) == '"') {
              field.append('"');
              i++;
            } else {
              break;
            }
          } else {
            field.append(q);
          }
        }
      } else if (ch == ',') {
        record.add(field.toString());
        field.setLength(0);
        i++;
      } else if (ch == '\r' && i + 1 < csv.length() && csv.charAt(i + 1) == '\n') {
        record.add(field.toString());
        field.setLength(0);
        records.add(record);
        record = new ArrayList<>();
        i += 2;
      } else {
        field.append(ch);
        i++;
      }
    }
    return records;
  }

  @Test
  void jsonHasColumnsAndRowsWithNonFiniteNumbersAsStrings() throws Exception {
    Table t = new Table("x", "y", "label").row(1, 0.25, "a<b").row(2, Double.NaN, null)
        .row(3, Double.NEGATIVE_INFINITY, "c");
    JsonNode json = new ObjectMapper().readTree(t.toJson());
    assertThat(json.get("columns").toString()).isEqualTo("[\"x\",\"y\",\"label\"]");
    assertThat(json.get("rows")).hasSize(3);
    assertThat(json.get("rows").get(0).get("y").asDouble()).isEqualTo(0.25);
    assertThat(json.get("rows").get(0).get("label").asText()).isEqualTo("a<b");
    assertThat(json.get("rows").get(1).get("y").asText()).isEqualTo("NaN");
    assertThat(json.get("rows").get(1).get("label").isNull()).isTrue();
    assertThat(json.get("rows").get(2).get("y").asText()).isEqualTo("-Infinity");
  }

  @Test
  void numericColumnForPlotting() {
    Table t = new Table("step", "loss").row(0, 1.0).row(10, 0.5f);
    assertThat(t.column("step")).containsExactly(0, 10);
    assertThat(t.column("loss")).containsExactly(1.0, 0.5);
    assertThat(t.get(1, "step")).isEqualTo(10);
  }

  @Test
  void badInputNamesTheProblem() {
    assertThatThrownBy(() -> new Table("a", "b").row(1))
        .hasMessageContaining("row 1 has 1 values").hasMessageContaining("[a, b]");
    assertThatThrownBy(() -> new Table("a", "a")).hasMessageContaining("duplicate column name 'a'");
    assertThatThrownBy(() -> new Table()).hasMessageContaining("at least one column");
    assertThatThrownBy(() -> new Table("a").row("x").column("a")).hasMessageContaining("row 1 is not a number");
    assertThatThrownBy(() -> new Table("a").column("b")).hasMessageContaining("no column 'b'");
  }
}
