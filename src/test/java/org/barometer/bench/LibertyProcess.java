package org.barometer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.barometer.it.Api;

/**
 * A Liberty server of {@code <wlp>/usr/servers} run in the foreground of a child process ({@code
 * bin/server run}, which execs the JVM, so the process started is the one a test kills, and nothing
 * else is touched), for the tests that kill servers: {@link CrashTest}, {@link TwoInstances}.
 */
final class LibertyProcess {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private LibertyProcess() {}

  /**
   * Starts the server on {@code port} (HTTPS on port + 363) with these extra environment variables,
   * its output in {@code log}; refuses when the port is taken.
   */
  static Process start(Path wlp, String server, int port, Map<String, String> env, Path log)
      throws IOException {
    try (var taken = new java.net.Socket("localhost", port)) {
      throw new IllegalStateException("Port " + port + " is taken: is another server running?");
    } catch (java.net.ConnectException free) {
      // as it should be
    }
    ProcessBuilder builder =
        new ProcessBuilder(wlp.resolve("bin/server").toString(), "run", server, "--clean")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("HTTP_PORT", Integer.toString(port));
    builder.environment().put("HTTPS_PORT", Integer.toString(port + 363));
    builder.environment().putAll(env);
    return builder.start();
  }

  /** Waits (up to 3 minutes) until the server at {@code base} answers its health check and API. */
  static void awaitReady(Process process, URI base, Path log) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The server stopped while starting: see " + log);
      }
      try {
        HttpResponse<String> ready =
            HTTP.send(
                HttpRequest.newBuilder(base.resolve("/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        // Liberty answers UP before it has found the application in dropins: wait for its check,
        // and for the API to answer (once, a restarted server's first API call was refused).
        if (ready.statusCode() == 200
            && ready.body().contains("\"database\"")
            && Api.analyst(base.toURL()).get("/api/surveys").status() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(500);
    }
    process.destroyForcibly();
    throw new IllegalStateException("The server was not ready within 3 minutes: see " + log);
  }
}
