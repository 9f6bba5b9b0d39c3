package dev.ste4j.nn.data.fetch;

import dev.ste4j.nn.data.format.TarExtractor;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;

/**
 * Downloads files from a dataset's usual address with {@link HttpClient}. A machine without internet fails fast: the
 * connection attempt times out after {@link #CONNECT_TIMEOUT}. Archives ({@code .tar.gz}, {@code .tgz}) are extracted
 * in the scratch folder. Whether to fetch at all is the {@code DataStore}'s decision ({@code STE4J_OFFLINE}).
 */
public final class HttpSource implements DataSource {

  /** How long to wait for a connection before deciding the machine has no internet. */
  public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);

  private final String description;
  private final List<URI> urls;

  public HttpSource(String description, List<URI> urls) {
    this.description = description;
    this.urls = List.copyOf(urls);
  }

  /** The files {@code base + name} for each name, e.g. the four MNIST files under one address. */
  public static HttpSource of(String base, String... names) {
    return new HttpSource("download from " + base,
        java.util.Arrays.stream(names).map(n -> URI.create(base + n)).toList());
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void fetch(Path scratch, Consumer<String> log) throws IOException {
    HttpClient client = HttpClient.newBuilder()
        .connectTimeout(CONNECT_TIMEOUT)
        .followRedirects(HttpClient.Redirect.NORMAL)
        .build();
    for (URI url : urls) {
      String path = url.getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      Path out = scratch.resolve(name);
      log.accept("downloading " + url);
      HttpRequest request = HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(30)).GET().build();
      HttpResponse<Path> response;
      try {
        response = client.send(request, HttpResponse.BodyHandlers.ofFile(out));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while downloading " + url, e);
      } catch (IOException e) {
        throw new IOException("cannot download " + url + ": " + reason(e) + " (no internet?)", e);
      }
      if (response.statusCode() != 200) {
        throw new IOException("HTTP " + response.statusCode() + " from " + url);
      }
      log.accept("  " + Files.size(out) + " bytes");
      if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
        TarExtractor.extract(out, scratch.resolve("extracted"));
      }
    }
  }

  /** The exception and its causes, e.g. {@code ConnectException <- UnresolvedAddressException}, with any message. */
  static String reason(Throwable e) {
    StringBuilder s = new StringBuilder();
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (s.length() > 0) {
        s.append(" <- ");
      }
      s.append(t.getClass().getSimpleName());
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        s.append(": ").append(t.getMessage());
      }
    }
    return s.toString();
  }

  @Override
  public String toString() {
    return description;
  }
}
