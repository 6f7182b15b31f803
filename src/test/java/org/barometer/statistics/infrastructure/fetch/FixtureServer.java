package org.barometer.statistics.infrastructure.fetch;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A local HTTP server on a free port standing in for an office: answers each path with the replies
 * set for it, in turn (the last one repeats), and records every request. The machines have no
 * internet, and a real server exercises the real HTTP client, timeouts, headers and streaming.
 */
public final class FixtureServer implements AutoCloseable {

  /** One answer: status, headers and body. */
  public record Reply(int status, Map<String, String> headers, byte[] body) {

    /** 200 with a fixture file of {@code src/test/resources/official-stats/}. */
    public static Reply file(String resource) {
      try (InputStream in =
          FixtureServer.class.getResourceAsStream("/official-stats/" + resource)) {
        if (in == null) {
          throw new IllegalArgumentException("No fixture " + resource);
        }
        return new Reply(200, Map.of("Content-Type", "application/json"), in.readAllBytes());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    public static Reply of(int status, String body) {
      return new Reply(
          status,
          Map.of("Content-Type", "application/json"),
          body.getBytes(StandardCharsets.UTF_8));
    }

    public Reply header(String name, String value) {
      Map<String, String> next = new LinkedHashMap<>(headers);
      next.put(name, value);
      return new Reply(status, next, body);
    }
  }

  private final HttpServer server;
  private final Map<String, Deque<Reply>> replies = new ConcurrentHashMap<>();
  private final List<URI> requests = new ArrayList<>();
  private final List<String> methods = new ArrayList<>();
  private final List<String> bodies = new ArrayList<>();

  private FixtureServer(HttpServer server) {
    this.server = server;
  }

  public static FixtureServer start() throws IOException {
    HttpServer http =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    FixtureServer fixture = new FixtureServer(http);
    http.createContext("/", fixture::handle);
    http.start();
    return fixture;
  }

  /** The server's address with this path, e.g. {@code base("/api/v2")}. */
  public URI base(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  /**
   * Answers requests for this path (query ignored) with these replies in turn; the last repeats.
   */
  public FixtureServer on(String path, Reply... answers) {
    replies.put(path, new ArrayDeque<>(List.of(answers)));
    return this;
  }

  /** Every request so far: path and raw query. */
  public synchronized List<URI> requests() {
    return List.copyOf(requests);
  }

  /** The method of every request so far. */
  public synchronized List<String> methods() {
    return List.copyOf(methods);
  }

  /** The body of every request so far ("" for none). */
  public synchronized List<String> bodies() {
    return List.copyOf(bodies);
  }

  private void handle(HttpExchange exchange) throws IOException {
    URI uri = exchange.getRequestURI();
    String body;
    try (InputStream in = exchange.getRequestBody()) {
      body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    synchronized (this) {
      requests.add(uri);
      methods.add(exchange.getRequestMethod());
      bodies.add(body);
    }
    Deque<Reply> queue = replies.get(uri.getPath());
    Reply reply;
    if (queue == null) {
      reply = Reply.of(404, "{\"title\":\"Not Found\",\"status\":404}");
    } else {
      synchronized (queue) {
        reply = queue.size() > 1 ? queue.pollFirst() : queue.peekFirst();
      }
    }
    reply.headers().forEach((k, v) -> exchange.getResponseHeaders().add(k, v));
    exchange.sendResponseHeaders(
        reply.status(), reply.body().length == 0 ? -1 : reply.body().length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(reply.body());
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
