package dev.ste4j.cli.report.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.ste4j.cli.CliResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report as a reader sees it: a small {@code ste reproduce --quick} run (environment, Yin 2019 and Jeong 2025;
 * Yin's Table 1 fails on its one line, as there is no MNIST in the empty data folder and fetching is off) rendered in
 * headless Chromium at 1400 px. Fails on a console error, an image that does not load, a link to a missing anchor or
 * file, a table wider than the page, a stack trace on the page, or a missing claims table. Screenshots of the top of
 * the page and of each section's first figure go to target/browser-check/.
 *
 * <p>Skipped (a JUnit assumption, reported as skipped) where Chromium is not installed; {@code .ci/run} installs
 * Debian's {@code chromium} first, so CI always runs it. {@code -Dste4j.browser.report=PATH} checks an existing
 * report.html instead (e.g. a whole quick run, for the screenshots in docs/screenshots/).
 */
class ReportInBrowserTest {

  @Test
  void theQuickReportReadsWellInChromium(@TempDir Path tmp) throws Exception {
    assumeTrue(Files.isExecutable(Chromium.executable()), "no Chromium at " + Chromium.executable()
        + " (apt-get install chromium, or set STE4J_CHROMIUM): the browser test is skipped");
    String given = System.getProperty("ste4j.browser.report");
    Path report;
    if (given != null && !given.isBlank()) {
      report = Path.of(given).toAbsolutePath();
    } else {
      Files.createDirectories(tmp.resolve("data"));
      CliResult r = CliResult.run("reproduce", "--quick", "--only", "environment,yin2019,jeong2025", "--no-fetch",
          "--data-dir", tmp.resolve("data").toString(), "--out", tmp.resolve("runs").toString());
      assertThat(r.code()).as(r.err()).isEqualTo(1);
      assertThat(r.err()).contains("yin2019: FAILED").doesNotContain("\tat ");
      try (Stream<Path> runs = Files.list(tmp.resolve("runs"))) {
        report = runs.filter(p -> p.getFileName().toString().endsWith("-reproduce")).findFirst().orElseThrow()
            .resolve("report.html");
      }
      assertThat(report.resolveSibling("claims.json")).exists();
    }
    Path out = Path.of("target", "browser-check").toAbsolutePath();
    PageCheck.Outcome o = PageCheck.check(report, out, out.resolve("chromium.log"));
    assertThat(o.problems()).as("problems a reader would meet in " + report).isEmpty();
    assertThat(o.claims()).as("rows of the claims table").isGreaterThanOrEqualTo(8);
    assertThat(o.images()).isGreaterThan(10);
    assertThat(o.screenshots()).hasSizeGreaterThanOrEqualTo(3).allSatisfy(p -> assertThat(p).isNotEmptyFile());
  }
}
