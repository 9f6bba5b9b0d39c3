package dev.ste4j.cli.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A headless Chromium for the report's browser test: started with a fresh profile and remote debugging on a port the
 * browser picks (read back from its DevToolsActivePort file), stopped and its profile removed on close.
 */
final class Chromium implements AutoCloseable {

  /** Where Debian's {@code chromium} package installs the browser; {@code STE4J_CHROMIUM} names another. */
  static Path executable() {
    String env = System.getenv("STE4J_CHROMIUM");
    return Path.of(env != null && !env.isBlank() ? env : "/usr/bin/chromium");
  }

  private final Process process;
  private final Path profile;
  private final int port;

  private Chromium(Process process, Path profile, int port) {
    this.process = process;
    this.profile = profile;
    this.port = port;
  }

  static Chromium start(Path log) throws Exception {
    Path profile = Files.createTempDirectory("ste4j-chromium-");
    List<String> cmd = new ArrayList<>(List.of(executable().toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--window-size=1400,1000", "about:blank"));
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (!p.isAlive() || System.nanoTime() > deadline) {
        p.destroyForcibly();
        throw new IllegalStateException("chromium did not start (see " + log + ")");
      }
      Thread.sleep(100);
    }
    return new Chromium(p, profile, Integer.parseInt(Files.readAllLines(portFile).get(0).trim()));
  }

  /** The debugger URL of the browser's first page. */
  String pageSocket() throws Exception {
    HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
        URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
    for (JsonNode t : new ObjectMapper().readTree(r.body())) {
      if (t.get("type").asText().equals("page")) {
        return t.get("webSocketDebuggerUrl").asText();
      }
    }
    throw new IllegalStateException("chromium has no page target: " + r.body());
  }

  @Override
  public void close() throws IOException, InterruptedException {
    // The browser's own helper processes first (renderer, GPU, zygote), by their ids, then the browser.
    process.descendants().forEach(ProcessHandle::destroy);
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    try (Stream<Path> files = Files.walk(profile)) {
      for (Path f : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(f);
      }
    } catch (IOException ignored) {
      // A profile file still held by an exiting helper process; it is in the temporary folder.
    }
  }
}
