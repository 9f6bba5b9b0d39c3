package dev.ste4j.cli.report;

import static dev.ste4j.cli.report.HtmlPage.escape;

import dev.ste4j.cli.report.Report.Section;
import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The top of a page that records claims: a banner naming the run's scale and every experiment run below the paper's,
 * then one row per claim (paper, claim with its rule, measurement with its interval, the paper's value, verdict,
 * scale) linking to the subsection that tested it, and a count of the verdicts.
 */
final class ClaimsTable {

  private ClaimsTable() {}

  static void render(Report report, StringBuilder out) {
    List<Section.Tested> all = new ArrayList<>();
    Map<Section.Tested, Section> from = new LinkedHashMap<>();
    for (Section s : report.sections()) {
      for (Section.Tested t : s.tested()) {
        all.add(t);
        from.put(t, s);
      }
    }
    banner(report, all, out);
    if (all.isEmpty()) {
      return;
    }
    out.append("<section id=\"claims\">\n<h2>Claims and verdicts</h2>\n<p class=\"muted\">")
        .append(escape(counts(all))).append(" Each verdict is computed from the measurement by the rule under the "
            + "claim; intervals are 95 % (Wilson for rates, bootstrap for fitted exponents) and ± is one standard "
            + "error. Also in claims.json.</p>\n")
        .append("<div class=\"wide\"><table class=\"claims\">\n<thead><tr><th>Paper</th><th>Claim (and the rule)</th>")
        .append("<th>Measured</th><th>Paper's value</th><th>Verdict</th><th>Scale</th></tr></thead>\n<tbody>\n");
    for (Section.Tested t : all) {
      Claim c = t.claim();
      out.append("<tr><td>").append(escape(c.paper())).append("</td><td><a href=\"#").append(t.anchor()).append("\">")
          .append(escape(c.statement())).append("</a><div class=\"rule\">").append(escape(c.rule()))
          .append("</div></td><td>").append(escape(c.measured())).append("</td><td>").append(escape(c.paperValue()))
          .append("</td><td><span class=\"verdict ").append(css(c.verdict())).append("\">")
          .append(escape(c.verdict().label())).append("</span></td><td class=\"scale\">").append(escape(c.scale()))
          .append("</td></tr>\n");
    }
    out.append("</tbody>\n</table></div>\n</section>\n");
  }

  private static void banner(Report report, List<Section.Tested> all, StringBuilder out) {
    if (report.scale() == null) {
      return;
    }
    List<String> reduced = new ArrayList<>();
    for (Section.Tested t : all) {
      String line = t.claim().paper() + ": " + t.claim().scale().substring(t.claim().scale().startsWith("reduced")
          ? "reduced: ".length() : 0);
      if (t.claim().scale().startsWith("reduced") && !reduced.contains(line)) {
        reduced.add(line);
      }
    }
    out.append("<div class=\"banner\"><strong>Scale: ").append(escape(report.scale())).append(".</strong> ");
    if (reduced.isEmpty()) {
      out.append("Every experiment below ran at the paper's scale (or this lab's full scale where the paper states "
          + "none).");
    } else {
      out.append("These experiments ran below the paper's scale (or this lab's full scale), so their verdicts say what "
          + "this reduced run shows, not what the paper's scale would:<ul>");
      for (String r : reduced) {
        out.append("<li>").append(escape(r)).append("</li>");
      }
      out.append("</ul>");
    }
    out.append("</div>\n");
  }

  private static String counts(List<Section.Tested> all) {
    Map<Verdict, Integer> n = new LinkedHashMap<>();
    for (Verdict v : Verdict.values()) {
      n.put(v, 0);
    }
    for (Section.Tested t : all) {
      n.merge(t.claim().verdict(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    n.forEach((v, k) -> {
      if (k > 0) {
        parts.add(k + " " + v.label());
      }
    });
    return all.size() + (all.size() == 1 ? " claim: " : " claims: ") + String.join(", ", parts) + ".";
  }

  static String css(Verdict v) {
    return v.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The claims as claims.json holds them: the scale and one object per claim, with the anchor of its subsection. */
  static Map<String, Object> json(Report report) {
    List<Map<String, Object>> claims = new ArrayList<>();
    for (Section s : report.sections()) {
      for (Section.Tested t : s.tested()) {
        Claim c = t.claim();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("paper", c.paper());
        m.put("id", c.id());
        m.put("statement", c.statement());
        m.put("measured", c.measured());
        m.put("paperValue", c.paperValue());
        m.put("verdict", c.verdict().label());
        m.put("rule", c.rule());
        m.put("scale", c.scale());
        m.put("section", s.title());
        m.put("anchor", t.anchor());
        claims.add(m);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("scale", report.scale());
    out.put("claims", claims);
    return out;
  }
}
