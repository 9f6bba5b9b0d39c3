package dev.ste4j.cli.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ste4j.lab.claim.Claim;
import dev.ste4j.lab.claim.Verdict;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The top of a reproduce page (scale banner, claims table) and the blocks that let a reader navigate and rerun. */
class ClaimsPageTest {

  @TempDir
  Path dir;

  private static Claim claim(String id, Verdict v, String scale) {
    return new Claim("demo2020", id, "Claim " + id + " <holds>", "97.5 % (39/40) [87.1, 99.6]", "100 %", v,
        "reproduced if every run does", scale);
  }

  @Test
  void claimsOpenThePageWithTheScaleBannerAndLinkToTheirSubsection() {
    Report report = new Report("ste reproduce", dir).scale("quick");
    report.header("Seed", 1);
    Report.Section s = report.section("Demo (2020)");
    s.claim(claim("early", Verdict.PARTLY, "reduced: 40 of 500 runs"));
    s.subsection("(a) Convergence").claim(claim("a", Verdict.REPRODUCED, "reduced: 40 of 500 runs"));
    s.subsection("(b) Deep").claim(claim("b", Verdict.NOT_RUN, "not run"));
    String html = report.toHtml();
    assertThat(html.indexOf("class=\"banner\"")).isPositive().isLessThan(html.indexOf("id=\"claims\""));
    assertThat(html.indexOf("id=\"claims\"")).isLessThan(html.indexOf("<h3>Run</h3>"));
    // The banner lists each reduced experiment once, with its counts.
    assertThat(html).contains("<strong>Scale: quick.</strong>", "<li>demo2020: 40 of 500 runs</li>");
    assertThat(html.split("demo2020: 40 of 500 runs", -1)).hasSize(2);
    assertThat(html).contains("3 claims: 1 reproduced, 1 partly, 1 not run.");
    assertThat(html).contains("<a href=\"#demo-2020\">Claim early &lt;holds&gt;</a>",
        "<a href=\"#demo-2020-a-convergence\">Claim a &lt;holds&gt;</a>", "<h3 id=\"demo-2020-b-deep\">(b) Deep</h3>",
        "<span class=\"verdict not-run\">not run</span>", "97.5 % (39/40) [87.1, 99.6]");
    // Contents reach the subsections; every section links back to the top.
    assertThat(html).contains("<li><a href=\"#demo-2020-a-convergence\">(a) Convergence</a></li>",
        "<a href=\"#top\">↑ Back to top</a>", "<header id=\"top\">");
  }

  @Test
  void claimsJsonHoldsEveryFieldAndTheAnchor() {
    Report report = new Report("ste reproduce", dir).scale("full");
    report.section("Demo").subsection("Part").claim(claim("a", Verdict.NOT_REPRODUCED, "500 runs"));
    Map<String, Object> json = report.claimsJson();
    assertThat(json).containsEntry("scale", "full");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> claims = (List<Map<String, Object>>) json.get("claims");
    assertThat(claims).singleElement().satisfies(c -> assertThat(c).containsEntry("verdict", "not reproduced")
        .containsEntry("anchor", "demo-part").containsEntry("section", "Demo").containsEntry("paperValue", "100 %")
        .containsKeys("statement", "measured", "rule", "scale", "id", "paper"));
    assertThat(report.toHtml()).contains("Every experiment below ran at the paper's scale");
  }

  @Test
  void withoutAScaleOrClaimsThereIsNoBannerAndNoTable() {
    Report report = new Report("ste train", dir);
    report.section("Training").paragraph("ok");
    assertThat(report.toHtml()).doesNotContain("class=\"banner\"", "id=\"claims\"");
  }

  @Test
  void rerunFoldedTablesAndImageRows() throws Exception {
    Path csv = Files.writeString(dir.resolve("demo-a.csv"), "x\n1\n");
    Path png = dir.resolve("demo-a.png");
    ImageIO.write(new BufferedImage(1600, 1040, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    Report report = new Report("ste reproduce", dir);
    report.section("Demo").rerun("ste lab demo a --seed 3 --runs 40", csv)
        .foldedTable("Long table", new Table("m", "ratio").row(2, 0.5).row(5, 0.25))
        .foldedKeyValues("Configuration", Map.of("trials", 24))
        .imageRow(List.of(png, png), "Two panels.");
    String html = report.toHtml();
    assertThat(html).contains("Rerun: <pre>ste lab demo a --seed 3 --runs 40</pre>Data: <a href=\"demo-a.csv\">"
        + "demo-a.csv</a>");
    assertThat(html).contains("<details><summary>Long table (2 rows)</summary>", "<details><summary>Configuration"
        + "</summary>");
    // Charts are drawn at twice their size: the page shows them at half their pixels, and loads them lazily.
    assertThat(html).contains("<div class=\"row\"><img src=\"demo-a.png\" alt=\"Two panels.\" width=\"800\" "
        + "height=\"520\" loading=\"lazy\">", "<figcaption>Two panels.</figcaption>");
  }

  @Test
  void pngSizeReadsTheHeaderAndRejectsOtherFiles() throws Exception {
    Path png = dir.resolve("a.png");
    ImageIO.write(new BufferedImage(7, 3, BufferedImage.TYPE_INT_RGB), "png", png.toFile());
    assertThat(PngSize.of(png)).isEqualTo(new PngSize(7, 3));
    assertThat(PngSize.of(Files.writeString(dir.resolve("b.png"), "not a png, but long enough to read"))).isNull();
    assertThat(PngSize.of(dir.resolve("missing.png"))).isNull();
  }
}
