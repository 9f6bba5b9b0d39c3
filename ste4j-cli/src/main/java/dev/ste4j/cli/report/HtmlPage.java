package dev.ste4j.cli.report;

// Over 300 lines on purpose: the whole page's markup and its inline CSS in one place, so that escaping and relative
// links are done the same way for every block a report can hold.

import dev.ste4j.cli.report.Report.Section;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link Report} as one self-contained HTML page: inline CSS, no scripts, relative image links. */
final class HtmlPage {

  private static final String CSS = """
      :root{--fg:#1d2330;--muted:#5b6475;--line:#dde1e8;--bg:#fff;--soft:#f5f7fa;--ok:#1e7b45;--bad:#b42318;\
      --run:#9a6700;--link:#1a56db}
      *{box-sizing:border-box}
      body{margin:0;background:var(--bg);color:var(--fg);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,\
      "Helvetica Neue",Arial,sans-serif}
      main{max-width:1240px;margin:0 auto;padding:28px 24px 64px}
      h1{font-size:26px;margin:0 0 6px}h2{font-size:20px;margin:40px 0 12px;padding-top:12px;\
      border-top:1px solid var(--line)}
      a{color:var(--link)}code,pre{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:13px}
      pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:10px 12px;overflow-x:auto}
      .badge{display:inline-block;padding:1px 10px;border-radius:999px;font-size:13px;font-weight:600;color:#fff;\
      vertical-align:middle}
      .succeeded,.ok{background:var(--ok)}.failed{background:var(--bad)}.running{background:var(--run)}
      .muted{color:var(--muted)}.time{color:var(--muted);font-size:14px;font-weight:400;margin-left:8px}
      .meta{display:grid;grid-template-columns:repeat(auto-fit,minmax(min(320px,100%),1fr));gap:16px;margin:18px 0}
      .card{background:var(--soft);border:1px solid var(--line);border-radius:8px;padding:12px 14px;min-width:0}
      .card td{overflow-wrap:anywhere}
      .card h3{margin:0 0 6px;font-size:14px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted)}
      table{border-collapse:collapse;margin:8px 0 18px;font-size:14px;font-variant-numeric:tabular-nums}
      th,td{padding:5px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
      th{background:var(--soft);font-weight:600}tbody tr:nth-child(even){background:#fafbfc}
      td.num{text-align:right}.kv th{background:none;color:var(--muted);font-weight:500;white-space:nowrap}
      .kv td,.kv th{border:0;padding:2px 12px 2px 0}.wide{overflow-x:auto}
      caption{caption-side:top;text-align:left;font-weight:600;padding:4px 0}
      figure{margin:12px 0 22px}figure img{max-width:100%;height:auto;border:1px solid var(--line);border-radius:6px}
      figcaption{color:var(--muted);font-size:14px;margin-top:4px}
      .error{border-left:4px solid var(--bad);background:#fef3f2;padding:10px 14px;border-radius:4px;margin:10px 0}
      .note{color:var(--muted);font-size:13px;margin:-12px 0 14px}.note+.note{margin-top:-14px}
      .error summary{cursor:pointer;color:var(--muted)}nav ol{margin:6px 0;padding-left:22px}
      nav ol ol{margin:2px 0;font-size:14px}h3{font-size:17px;margin:28px 0 8px}
      .banner{border-left:4px solid var(--run);background:#fff8e6;padding:10px 14px;border-radius:4px;margin:14px 0}
      .banner ul{margin:6px 0 0;padding-left:20px}
      table.claims td{font-size:13px}.rule{color:var(--muted);font-size:12px;margin-top:2px}.scale{max-width:220px}
      .verdict{display:inline-block;padding:0 8px;border-radius:999px;font-weight:600;white-space:nowrap}
      .reproduced{background:#dcf5e4;color:var(--ok)}.partly{background:#fff1c2;color:#7a5300}
      .not-reproduced{background:#fde2df;color:var(--bad)}.not-run{background:#eceff3;color:var(--muted)}
      .rerun{font-size:13px;margin:-10px 0 20px}.rerun pre{margin:2px 0 4px;white-space:pre-wrap}
      details{margin:8px 0 18px}details>summary{cursor:pointer;font-weight:600}
      .row{display:flex;flex-wrap:wrap;gap:8px}.row img{width:calc((100% - 16px) / 3);min-width:260px}
      .top{font-size:13px;text-align:right;margin:8px 0 0}
      """;

  /** The footnote of a NaN cell in a column whose table gives no reason. */
  static final String UNDEFINED = "Not defined for this row (NaN in the CSV and JSON files).";

  private final Report report;
  private final StringBuilder out = new StringBuilder(16_384);

  HtmlPage(Report report) {
    this.report = report;
  }

  String render() {
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape(report.title())).append("</title>\n<style>\n").append(CSS)
        .append("</style>\n</head>\n<body>\n<main>\n");
    header();
    ClaimsTable.render(report, out);
    cards();
    contents();
    for (Section s : report.sections()) {
      section(s);
    }
    out.append("</main>\n</body>\n</html>\n");
    return out.toString();
  }

  private void header() {
    String status = report.status();
    out.append("<header id=\"top\">\n<h1>").append(escape(report.title())).append(" <span class=\"badge ")
        .append(escape(status)).append("\">").append(escape(status)).append("</span></h1>\n");
    if (report.error() != null) {
      out.append("<div class=\"error\"><strong>This run failed:</strong> ").append(escape(report.error()))
          .append("</div>\n");
    }
    out.append("</header>\n");
  }

  /** The run, configuration and machine cards: after the claims on a page that has them, else under the title. */
  private void cards() {
    out.append("<div class=\"meta\">\n");
    card("Run", report.headerEntries());
    card("Configuration", report.configEntries());
    card("Machine", report.machineEntries());
    out.append("</div>\n");
  }

  private void card(String heading, Map<String, Object> values) {
    if (values.isEmpty()) {
      return;
    }
    out.append("<div class=\"card\"><h3>").append(escape(heading)).append("</h3>\n");
    keyValues(values);
    out.append("</div>\n");
  }

  private void contents() {
    List<Section> sections = report.sections();
    if (sections.size() < 2 && sections.stream().allMatch(s -> s.subsections().isEmpty())) {
      return;
    }
    out.append("<nav><strong>Contents</strong>\n<ol>\n");
    for (Section s : sections) {
      out.append("<li><a href=\"#").append(s.anchor()).append("\">").append(escape(s.title())).append("</a>");
      if (s.isFailed()) {
        out.append(" <span class=\"badge failed\">failed</span>");
      }
      if (!Double.isNaN(s.seconds())) {
        out.append("<span class=\"time\">").append(seconds(s.seconds())).append("</span>");
      }
      if (!s.subsections().isEmpty()) {
        out.append("\n<ol>\n");
        for (Section.Heading h : s.subsections()) {
          out.append("<li><a href=\"#").append(h.anchor()).append("\">").append(escape(h.title()))
              .append("</a></li>\n");
        }
        out.append("</ol>");
      }
      out.append("</li>\n");
    }
    out.append("</ol>\n</nav>\n");
  }

  private void section(Section s) {
    out.append("<section id=\"").append(s.anchor()).append("\">\n<h2>").append(escape(s.title()));
    if (s.isFailed()) {
      out.append(" <span class=\"badge failed\">failed</span>");
    }
    if (!Double.isNaN(s.seconds())) {
      out.append("<span class=\"time\">").append(seconds(s.seconds())).append("</span>");
    }
    out.append("</h2>\n");
    for (Section.Block b : s.blocks()) {
      block(b);
    }
    out.append("<p class=\"top\"><a href=\"#top\">↑ Back to top</a></p>\n</section>\n");
  }

  private void block(Section.Block b) {
    if (b instanceof Section.Paragraph p) {
      for (String para : p.text().strip().split("\\n\\s*\\n")) {
        out.append("<p>").append(escape(para.strip()).replace("\n", "<br>\n")).append("</p>\n");
      }
    } else if (b instanceof Section.TableBlock t) {
      if (t.folded()) {
        out.append("<details><summary>").append(escape(t.caption())).append(" (").append(t.table().rows().size())
            .append(" rows)</summary>\n");
        table(null, t.table());
        out.append("</details>\n");
      } else {
        table(t.caption(), t.table());
      }
    } else if (b instanceof Section.Image img) {
      image(img.png(), img.caption());
    } else if (b instanceof Section.ImageRow row) {
      out.append("<figure><div class=\"row\">");
      for (Section.Image img : row.images()) {
        img(img.png(), row.caption());
      }
      out.append("</div><figcaption>").append(escape(row.caption())).append("</figcaption></figure>\n");
    } else if (b instanceof Section.Heading h) {
      out.append("<h3 id=\"").append(h.anchor()).append("\">").append(escape(h.title())).append("</h3>\n");
    } else if (b instanceof Section.Rerun r) {
      out.append("<div class=\"rerun\">Rerun: <pre>").append(escape(r.command())).append("</pre>");
      if (!r.files().isEmpty()) {
        out.append("Data:");
        for (java.nio.file.Path f : r.files()) {
          out.append(" <a href=\"").append(escape(link(f))).append("\">").append(escape(f.getFileName().toString()))
              .append("</a>");
        }
      }
      out.append("</div>\n");
    } else if (b instanceof Section.KeyValues kv) {
      if (kv.foldedAs() != null) {
        out.append("<details><summary>").append(escape(kv.foldedAs())).append("</summary>\n");
        keyValues(kv.values());
        out.append("</details>\n");
      } else {
        keyValues(kv.values());
      }
    } else if (b instanceof Section.Code c) {
      out.append("<pre>").append(escape(c.text())).append("</pre>\n");
    } else if (b instanceof Section.Failure f) {
      out.append("<div class=\"error\"><strong>Failed:</strong> ").append(escape(f.message()));
      if (f.log() != null) {
        out.append(" (details in <a href=\"").append(escape(link(f.log()))).append("\">")
            .append(escape(f.log().getFileName().toString())).append("</a>)");
      }
      out.append("</div>\n");
    }
  }

  private void table(String caption, Table t) {
    out.append("<div class=\"wide\"><table>\n");
    if (caption != null) {
      out.append("<caption>").append(escape(caption)).append("</caption>\n");
    }
    out.append("<thead><tr>");
    for (String c : t.columns()) {
      // Column names are snake_case: let them break after an underscore, so that a header is never what widens a table.
      out.append("<th>").append(escape(c).replace("_", "_<wbr>")).append("</th>");
    }
    out.append("</tr></thead>\n<tbody>\n");
    // Footnotes for undefined (NaN) cells, numbered in the order they first appear.
    Map<String, Integer> notes = new LinkedHashMap<>();
    for (List<Object> row : t.rows()) {
      out.append("<tr>");
      for (int i = 0; i < row.size(); i++) {
        Object v = row.get(i);
        out.append(v instanceof Number ? "<td class=\"num\">" : "<td>");
        if (v instanceof Double d && d.isNaN()) {
          String reason = t.undefinedReasons().getOrDefault(t.columns().get(i), UNDEFINED);
          int n = notes.computeIfAbsent(reason, r -> notes.size() + 1);
          out.append("—<sup>").append(n).append("</sup>");
        } else {
          out.append(escape(cell(v)));
        }
        out.append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody></table>\n");
    for (Map.Entry<String, Integer> note : notes.entrySet()) {
      out.append("<p class=\"note\"><sup>").append(note.getValue()).append("</sup> ")
          .append(escape(note.getKey())).append("</p>\n");
    }
    out.append("</div>\n");
  }

  private void keyValues(Map<String, ?> values) {
    out.append("<table class=\"kv\">\n");
    for (Map.Entry<String, ?> e : values.entrySet()) {
      out.append("<tr><th>").append(escape(e.getKey())).append("</th><td>").append(escape(listOrCell(e.getValue())))
          .append("</td></tr>\n");
    }
    out.append("</table>\n");
  }

  private void image(Path png, String caption) {
    String src = link(png);
    String name = png.getFileName().toString();
    Path svg = name.endsWith(".png") ? png.resolveSibling(name.substring(0, name.length() - 4) + ".svg") : null;
    out.append("<figure>");
    boolean hasSvg = svg != null && Files.exists(svg);
    if (hasSvg) {
      out.append("<a href=\"").append(escape(link(svg))).append("\">");
    }
    img(png, caption == null ? name : caption);
    if (hasSvg) {
      out.append("</a>");
    }
    if (caption != null || hasSvg) {
      out.append("<figcaption>").append(caption == null ? "" : escape(caption));
      if (hasSvg) {
        out.append(" <span class=\"muted\">(<a href=\"").append(escape(src)).append("\">PNG</a> · <a href=\"")
            .append(escape(link(svg))).append("\">SVG</a>)</span>");
      }
      out.append("</figcaption>");
    }
    out.append("</figure>\n");
  }

  /** An img element with the PNG's display size (charts are drawn at Charts.PNG_SCALE times that) and lazy loading. */
  private void img(Path png, String alt) {
    out.append("<img src=\"").append(escape(link(png))).append("\" alt=\"").append(escape(alt)).append('"');
    PngSize size = PngSize.of(png);
    if (size != null) {
      out.append(" width=\"").append(size.width() / Charts.PNG_SCALE).append("\" height=\"")
          .append(size.height() / Charts.PNG_SCALE).append('"');
    }
    out.append(" loading=\"lazy\">");
  }

  /** A relative URL from the report's folder to {@code file}, with each path segment percent-encoded. */
  private String link(Path file) {
    Path rel = report.baseDir().relativize(file);
    StringBuilder sb = new StringBuilder();
    for (Path part : rel) {
      if (sb.length() > 0) {
        sb.append('/');
      }
      try {
        // The URI constructor quotes characters that are illegal in a path; '?' and '#' are legal, so quote them too.
        String seg = new URI(null, null, part.toString(), null).getRawPath();
        sb.append(seg.replace("?", "%3F").replace("#", "%23").replace(":", "%3A"));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("cannot link image path " + file + ": " + e.getMessage(), e);
      }
    }
    return sb.toString();
  }

  /** How a cell or value prints in HTML: numbers to six significant digits, nested values as compact JSON. */
  /** A list of plain values as "a, b, c" (readable, and it wraps at the spaces); anything else as {@link #cell}. */
  static String listOrCell(Object v) {
    if (v instanceof Iterable<?> items) {
      StringBuilder b = new StringBuilder();
      for (Object item : items) {
        if (!(item instanceof String || item instanceof Number || item instanceof Boolean)) {
          return cell(v);
        }
        b.append(b.length() == 0 ? "" : ", ").append(cell(item));
      }
      return b.toString();
    }
    return cell(v);
  }

  static String cell(Object v) {
    if (v == null) {
      return "";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(((Number) v).doubleValue());
    }
    if (v instanceof Number || v instanceof String || v instanceof Boolean) {
      return v.toString();
    }
    if (v instanceof Map<?, ?> || v instanceof Iterable<?> || v.getClass().isArray() || v.getClass().isRecord()) {
      return Json.compact(v);
    }
    return v.toString();
  }

  static String number(double d) {
    if (!Double.isFinite(d)) {
      return Double.toString(d);
    }
    if (d == 0) {
      return "0";
    }
    double a = Math.abs(d);
    if (a >= 1e-4 && a < 1e7) {
      String s = new java.math.BigDecimal(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
      return s;
    }
    return String.format(Locale.ROOT, "%.4e", d);
  }

  private static String seconds(double s) {
    return s < 60 ? String.format(Locale.ROOT, "%.1f s", s)
        : String.format(Locale.ROOT, "%d min %02d s", (long) s / 60, (long) s % 60);
  }

  /** Escapes text for HTML element content and quoted attribute values. */
  static String escape(String s) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '&' -> sb.append("&amp;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }
}
