package dev.ste4j.cli.report.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * A minimal Chrome DevTools Protocol client over the JDK's own WebSocket: commands with their replies, and every
 * event passed to listeners. One page target per client. Nothing to download: java.net.http and Jackson only.
 */
final class DevTools implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final long TIMEOUT_SECONDS = 60;

  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<Consumer<JsonNode>> listeners = new CopyOnWriteArrayList<>();

  private DevTools(WebSocket socket) {
    this.socket = socket;
  }

  /** Connects to a page target's {@code webSocketDebuggerUrl}. */
  static DevTools connect(String url) throws Exception {
    DevTools[] self = new DevTools[1];
    StringBuilder partial = new StringBuilder();
    WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
        .buildAsync(URI.create(url), new WebSocket.Listener() {
          @Override
          public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
              String message = partial.toString();
              partial.setLength(0);
              self[0].receive(message);
            }
            w.request(1);
            return null;
          }
        }).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    self[0] = new DevTools(ws);
    return self[0];
  }

  private void receive(String message) {
    try {
      JsonNode node = JSON.readTree(message);
      if (node.has("id")) {
        CompletableFuture<JsonNode> f = pending.remove(node.get("id").asInt());
        if (f != null) {
          if (node.has("error")) {
            f.completeExceptionally(new IllegalStateException("DevTools error: " + node.get("error")));
          } else {
            f.complete(node.get("result"));
          }
        }
      } else {
        listeners.forEach(l -> l.accept(node));
      }
    } catch (Exception e) {
      pending.values().forEach(f -> f.completeExceptionally(e));
    }
  }

  /** Calls {@code listener} with every event ({@code method} and {@code params}). */
  void onEvent(Consumer<JsonNode> listener) {
    listeners.add(listener);
  }

  /** Sends a command and waits for its result. */
  JsonNode call(String method, Map<String, ?> params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode msg = JSON.createObjectNode();
    msg.put("id", id);
    msg.put("method", method);
    msg.set("params", JSON.valueToTree(params));
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(msg), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    return reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  /** Evaluates a JavaScript expression (awaiting a promise) and returns its value as JSON. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise",
        true));
    if (r.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + r.get("exceptionDetails"));
    }
    return r.get("result").get("value");
  }

  @Override
  public void close() {
    socket.sendClose(WebSocket.NORMAL_CLOSURE, "done");
  }
}
