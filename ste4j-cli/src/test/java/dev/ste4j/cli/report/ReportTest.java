package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportTest {

  @TempDir
  Path dir;

  @Test
  void rendersSectionsInOrderWithTablesImagesAndKeyValues() throws IOException {
    Path png = dir.resolve("plots").resolve("loss.png");
    Files.createDirectories(png.getParent());
    Files.write(png, new byte[] {1});
    Files.write(dir.resolve("plots").resolve("loss.svg"), new byte[] {1});
    Report report = new Report("ste demo", dir);
    report.header("Seed", 3).config(Map.of("lr", 0.5)).machine(Map.of("cores", 2));
    Map<String, Object> kv = new LinkedHashMap<>();
    kv.put("flips", 12);
    report.section("First").paragraph("Hello.").table("Results", new Table("n", "error").row(10, 0.125));
    report.section("Second").image(png, "Loss per step").keyValues(kv);
    String html = report.toHtml();
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<style>").doesNotContain("<script");
    assertThat(html.indexOf("<h2>First")).isPositive().isLessThan(html.indexOf("<h2>Second"));
    assertThat(html).contains("<caption>Results</caption>", "<th>n</th><th>error</th>",
        "<td class=\"num\">10</td><td class=\"num\">0.125</td>");
    assertThat(html).contains("<img src=\"plots/loss.png\" alt=\"Loss per step\" loading=\"lazy\">",
        "href=\"plots/loss.svg\"");
    assertThat(html).contains("<th>flips</th><td>12</td>", "<th>Seed</th><td>3</td>", "<th>lr</th><td>0.5</td>");
    assertThat(html).contains("<a href=\"#first\">First</a>", "<section id=\"second\">");
  }

  @Test
  void summaryCardsWrapLongValuesInsteadOfOverflowing() {
    String html = new Report("t", dir).toHtml();
    // A grid item is as wide as its longest unbreakable word unless allowed to shrink (min-width:0) and the value
    // may break anywhere (a path, or a JSON list without spaces).
    assertThat(html).containsPattern("\\.card\\{[^}]*min-width:0")
        .containsPattern("\\.card td\\{[^}]*overflow-wrap:anywhere")
        .contains("minmax(min(320px,100%),1fr)");
    Report report = new Report("t", dir);
    report.config(Map.of("sections", List.of("environment", "yin2019"), "pairs", List.of(List.of(1, 2))));
    assertThat(report.toHtml()).contains("<td>environment, yin2019</td>", "<td>[[1,2]]</td>");
  }

  @Test
  void undefinedCellsShowADashAndTheReasonAsAFootnote() {
    Table t = new Table("s", "return_time", "other")
        .undefinedWhen("return_time", "No trial returned & so on.")
        .row(0.0, Double.NaN, Double.NaN)
        .row(0.1, 2.5, Double.NaN)
        .row(0.2, Double.NaN, 1.0);
    Report report = new Report("t", dir);
    report.section("S").table("Cells", t);
    String html = report.toHtml();
    assertThat(html).doesNotContain(">NaN<")
        .contains("<td class=\"num\">—<sup>1</sup></td><td class=\"num\">—<sup>2</sup></td>")
        .contains("<p class=\"note\"><sup>1</sup> No trial returned &amp; so on.</p>")
        .contains("<p class=\"note\"><sup>2</sup> " + HtmlPage.UNDEFINED + "</p>");
    assertThat(html.split("<sup>1</sup> No trial", -1)).as("one footnote per reason").hasSize(2);
    assertThat(t.toCsv()).as("the files keep NaN").contains("NaN");
    assertThatThrownBy(() -> t.undefinedWhen("nope", "x")).hasMessageContaining("no column 'nope'");
  }

  @Test
  void escapesEverythingUserSupplied() {
    Report report = new Report("a <title> & more", dir);
    report.header("<k>", "<v>");
    report.section("<script>alert(1)</script>")
        .paragraph("1 < 2 & \"quotes\"")
        .table(new Table("<col>").row("<cell>"))
        .code("if (a < b) {}")
        .fail(new IllegalStateException("bad <input>"), null);
    String html = report.toHtml();
    assertThat(html).doesNotContain("<script>", "<col>", "<cell>", "<k>", "<v>", "<title> &", "bad <input>");
    assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;", "1 &lt; 2 &amp; &quot;quotes&quot;",
        "&lt;cell&gt;", "if (a &lt; b) {}", "a &lt;title&gt; &amp; more", "bad &lt;input&gt;");
  }

  @Test
  void failedSectionAndRunAreShown() {
    Report report = new Report("r", dir);
    report.section("Good").paragraph("fine").seconds(1.5);
    Report.Section bad = report.section("Bad").fail(new RuntimeException("exploded"), dir.resolve("errors.log"));
    report.status("failed", "1 of 2 sections failed: bad");
    String html = report.toHtml();
    assertThat(bad.isFailed()).isTrue();
    assertThat(html).contains("badge failed", "This run failed:", "1 of 2 sections failed: bad",
        "RuntimeException: exploded", "1.5 s", "<a href=\"errors.log\">errors.log</a>");
    // The page shows one line per failure; the stack trace is in errors.log only.
    assertThat(html).doesNotContain("at dev.ste4j", "ReportTest.java", "stack trace");
  }

  @Test
  void imageNamesAreUrlEncodedAndSameTitlesGetDistinctAnchors() {
    Report report = new Report("r", dir);
    report.section("Same").image(dir.resolve("a b#1.png"), null);
    report.section("Same");
    String html = report.toHtml();
    assertThat(html).contains("src=\"a%20b%231.png\"", "id=\"same\"", "id=\"same-2\"");
  }

  @Test
  void numbersAreRoundedForReading() {
    assertThat(HtmlPage.number(1.23456789)).isEqualTo("1.23457");
    assertThat(HtmlPage.number(100)).isEqualTo("100");
    assertThat(HtmlPage.number(1e-9)).isEqualTo("1.0000e-09");
    assertThat(HtmlPage.number(Double.NaN)).isEqualTo("NaN");
  }
}
