package dev.ste4j.cli.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Opens a report in a headless Chromium at 1400 px and lists what a reader would trip over: console errors and
 * uncaught exceptions, images that do not load, links to anchors or files that do not exist, tables wider than the
 * page, a missing claims table. Saves a screenshot of the top of the page, of the first figure of each section and of
 * every row of panels.
 */
final class PageCheck {

  static final int WIDTH = 1400;
  static final int HEIGHT = 1000;

  /** What the page showed: the problems found (empty when none) and the screenshots written. */
  record Outcome(List<String> problems, List<Path> screenshots, int images, int claims) {}

  /** The checks, as one script run after the load event; details are opened first so their tables are measured. */
  private static final String SCRIPT = """
      (async () => {
        document.querySelectorAll('details').forEach(d => d.open = true);
        const imgs = [...document.images];
        imgs.forEach(i => i.loading = 'eager');
        await Promise.all(imgs.map(i => i.complete ? i.decode().catch(() => null)
            : new Promise(r => { i.onload = r; i.onerror = r; })));
        const width = document.documentElement.clientWidth;
        const anchors = [...document.querySelectorAll('a[href^="#"]')].map(a => a.getAttribute('href'));
        const figures = [...document.querySelectorAll('main > section[id]')].map(s => {
          const f = s.querySelector('figure');
          if (!f) return null;
          const r = f.getBoundingClientRect();
          const img = f.querySelector('img');
          const name = img ? img.getAttribute('src').replace(/^.*[/]/, '').replace(/[.]png$/, '') : s.id;
          return {section: name, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};
        }).filter(f => f).concat([...document.querySelectorAll('figure')].filter(f => f.querySelector('.row'))
          .map(f => {
            const r = f.getBoundingClientRect();
            const name = 'row-' + f.querySelector('img').getAttribute('src').replace(/^.*[/]/, '').replace(/[.]png$/, '');
            return {section: name, x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height};
          }));
        return {
          width,
          images: imgs.length,
          broken: imgs.filter(i => !(i.complete && i.naturalWidth > 0)).map(i => i.getAttribute('src')),
          missingAnchors: anchors.filter(h => !document.getElementById(decodeURIComponent(h.slice(1)))),
          files: [...document.querySelectorAll('a[href]:not([href^="#"])')].map(a => a.getAttribute('href')),
          wide: [...document.querySelectorAll('table')].filter(t => t.getBoundingClientRect().right > width + 1)
              .map(t => (t.caption ? t.caption.textContent : t.className || 'table') + ' ('
                  + Math.round(t.getBoundingClientRect().right) + ' px)'),
          claims: document.querySelectorAll('#claims table.claims tbody tr').length,
          figures,
          stackTrace: /\\n\\s+at [\\w.$]+\\(/.test(document.body.innerText)
        };
      })()
      """;

  private PageCheck() {}

  static Outcome check(Path report, Path screenshots, Path log) throws Exception {
    List<String> problems = new ArrayList<>();
    List<Path> shots = new ArrayList<>();
    Files.createDirectories(screenshots);
    try (Chromium browser = Chromium.start(log); DevTools page = DevTools.connect(browser.pageSocket())) {
      java.util.concurrent.CountDownLatch loaded = new java.util.concurrent.CountDownLatch(1);
      page.onEvent(e -> {
        String method = e.path("method").asText();
        JsonNode p = e.path("params");
        if (method.equals("Page.loadEventFired")) {
          loaded.countDown();
        } else if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error")) {
          problems.add("console error: " + p.path("args"));
        } else if (method.equals("Runtime.exceptionThrown")) {
          problems.add("uncaught exception: " + p.path("exceptionDetails").path("text").asText());
        } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
          problems.add("console error: " + p.path("entry").path("text").asText() + " "
              + p.path("entry").path("url").asText());
        }
      });
      page.call("Page.enable", Map.of());
      page.call("Runtime.enable", Map.of());
      page.call("Log.enable", Map.of());
      page.call("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", HEIGHT,
          "deviceScaleFactor", 1, "mobile", false));
      page.call("Page.navigate", Map.of("url", report.toUri().toString()));
      if (!loaded.await(60, java.util.concurrent.TimeUnit.SECONDS)) {
        problems.add("the page did not finish loading in 60 s");
      }
      shots.add(screenshot(page, screenshots.resolve("top.png"), 0, 0, WIDTH, HEIGHT));
      JsonNode r = page.evaluate(SCRIPT);
      r.path("broken").forEach(s -> problems.add("image does not load: " + s.asText()));
      r.path("missingAnchors").forEach(s -> problems.add("link to a missing anchor: " + s.asText()));
      for (JsonNode f : r.path("files")) {
        String href = f.asText();
        if (!href.contains(":") && !Files.exists(report.resolveSibling(java.net.URLDecoder.decode(href,
            java.nio.charset.StandardCharsets.UTF_8)))) {
          problems.add("link to a missing file: " + href);
        }
      }
      r.path("wide").forEach(s -> problems.add("table wider than the " + WIDTH + " px page: " + s.asText()));
      if (r.path("claims").asInt() == 0) {
        problems.add("no claims table (#claims table.claims with rows)");
      }
      if (r.path("stackTrace").asBoolean()) {
        problems.add("a stack trace is shown on the page");
      }
      for (JsonNode f : r.path("figures")) {
        shots.add(screenshot(page, screenshots.resolve("figure-" + f.path("section").asText() + ".png"),
            f.path("x").asDouble(), f.path("y").asDouble(), f.path("width").asDouble(), f.path("height").asDouble()));
      }
      return new Outcome(List.copyOf(problems), shots, r.path("images").asInt(), r.path("claims").asInt());
    }
  }

  private static Path screenshot(DevTools page, Path file, double x, double y, double w, double h) throws Exception {
    JsonNode shot = page.call("Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", x, "y", y, "width", w, "height", h, "scale", 1)));
    Files.write(file, Base64.getDecoder().decode(shot.get("data").asText()));
    return file;
  }
}
