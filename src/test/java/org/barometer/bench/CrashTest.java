package org.barometer.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.barometer.it.Api;

/**
 * Does the server keep what it acknowledged when it dies? Clients submit answers for a while, the
 * server's JVM is killed with SIGKILL in the middle of the load, the server is started again, and
 * every submission that was answered 201 is looked for: a second submission of the same token must
 * be refused with 409 ("already answered"). A 201 there means the first answer was lost.
 *
 * <p>Not a unit test: it starts and kills a real Liberty ({@code <wlp>/bin/server run}, which execs
 * the JVM, so the process it starts is the one it kills, and nothing else is touched). Run by
 * {@code .ci/crash-test} on the embedded database and on PostgreSQL; exits 1 if an acknowledged
 * answer was lost or an answer was stored twice.
 *
 * <p>System properties (defaults in brackets): {@code crash.wlp} [target/liberty/wlp], {@code
 * crash.server} [defaultServer], {@code crash.port} [9380], {@code crash.clients} [16], {@code
 * crash.seconds} of load before the kill [8], {@code crash.invitations} [5000].
 */
public final class CrashTest {

  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  private CrashTest() {}

  public static void main(String[] args) throws Exception {
    Path wlp = Path.of(property("crash.wlp", "target/liberty/wlp"));
    String server = property("crash.server", "defaultServer");
    int port = Integer.parseInt(property("crash.port", "9380"));
    int clients = Integer.parseInt(property("crash.clients", "16"));
    int seconds = Integer.parseInt(property("crash.seconds", "8"));
    int invitations = Integer.parseInt(property("crash.invitations", "5000"));
    URI base = URI.create("http://localhost:" + port + "/");

    Process liberty = start(wlp, server, port, base);
    List<String> tokens;
    Load load;
    try {
      tokens = SubmissionBenchmark.invite(Api.analyst(base.toURL()), invitations);
      load = new Load(base, tokens, clients);
      load.start();
      Thread.sleep(seconds * 1000L);
      log("SIGKILL to the server's JVM, pid " + liberty.pid() + ", under load");
      liberty.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
      load.stop();
    } finally {
      liberty.destroyForcibly();
    }
    log(
        String.format(
            Locale.ROOT,
            "Before the kill: %d answers acknowledged with 201 in %d s (%.0f/s) by %d clients,"
                + " %d replies lost with the connection",
            load.acknowledged.size(),
            seconds,
            load.acknowledged.size() / (double) seconds,
            clients,
            load.unanswered.get()));

    Process again = start(wlp, server, port, base);
    Counts counts;
    try {
      counts = Counts.of(base, Api.analyst(base.toURL()), load.acknowledged);
    } finally {
      again.destroy();
      again.waitFor(60, TimeUnit.SECONDS);
    }
    System.out.println(counts);
    System.exit(counts.lost() == 0 && counts.duplicated() == 0 ? 0 : 1);
  }

  /** Starts the server in the foreground of a child process and waits until it is ready. */
  private static Process start(Path wlp, String server, int port, URI base) throws Exception {
    Path log = Path.of("target", "crash-test-" + server + ".log");
    Process process = LibertyProcess.start(wlp, server, port, Map.of(), log);
    LibertyProcess.awaitReady(process, base, log);
    log("Server ready, pid " + process.pid());
    return process;
  }

  /** Clients submitting one token each, until stopped; remembers the tokens answered 201. */
  static final class Load {
    private final URI responses;
    private final List<String> tokens;
    private final ExecutorService pool;
    private final int clients;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicBoolean running = new AtomicBoolean(true);
    final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    final AtomicInteger unanswered = new AtomicInteger();
    final Map<Integer, AtomicInteger> refused = new ConcurrentHashMap<>();

    Load(URI base, List<String> tokens, int clients) {
      this.responses = base.resolve("/api/responses");
      this.tokens = tokens;
      this.clients = clients;
      this.pool = Executors.newFixedThreadPool(clients);
    }

    void start() {
      for (int c = 0; c < clients; c++) {
        pool.submit(this::submitUntilStopped);
      }
    }

    void stop() throws InterruptedException {
      running.set(false);
      pool.shutdown();
      pool.awaitTermination(1, TimeUnit.MINUTES);
      if (!refused.isEmpty()) {
        log("Refused during the load (status: count): " + refused);
      }
    }

    private void submitUntilStopped() {
      int n;
      while (running.get() && (n = next.getAndIncrement()) < tokens.size()) {
        String token = tokens.get(n);
        try {
          int status = submit(responses, token, n);
          if (status == 201) {
            acknowledged.add(token);
          } else {
            refused.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
          }
        } catch (IOException | InterruptedException killed) {
          unanswered.incrementAndGet();
        }
      }
    }
  }

  static int submit(URI responses, String token, int n) throws IOException, InterruptedException {
    return HTTP.send(
            HttpRequest.newBuilder(responses)
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(BenchAnswers.submission(token, n)))
                .build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  /**
   * What the restarted server holds. {@code stored} and {@code lost} are per acknowledged token
   * (its second submission refused with 409, or accepted); {@code duplicated} is how many more
   * responses the cycle holds than invitations marked answered, counted before the second
   * submissions.
   */
  record Counts(int acknowledged, int stored, int lost, long answered, long responses) {

    long duplicated() {
      return Math.max(0, responses - answered);
    }

    static Counts of(URI base, Api analyst, Set<String> acknowledged) throws Exception {
      long[] progress = progress(analyst);
      List<String> tokens = new ArrayList<>(acknowledged);
      int stored = 0;
      int lost = 0;
      for (int i = 0; i < tokens.size(); i++) {
        int status = submit(base.resolve("/api/responses"), tokens.get(i), i);
        if (status == 409) {
          stored++;
        } else if (status == 201) {
          lost++;
        } else {
          throw new IllegalStateException("Second submission answered " + status);
        }
      }
      return new Counts(tokens.size(), stored, lost, progress[0], progress[1]);
    }

    /** The answered invitations and stored responses of the one benchmark survey's cycle. */
    private static long[] progress(Api analyst) {
      List<String> surveys =
          analyst
              .get("/api/surveys")
              .jsonArray()
              .getValuesAs(jakarta.json.JsonObject.class)
              .stream()
              .map(s -> s.getString("code"))
              .filter(code -> code.startsWith("bench-"))
              .toList();
      if (surveys.size() != 1) {
        throw new IllegalStateException(
            "Expected one benchmark survey on a fresh database: " + surveys);
      }
      String survey = surveys.get(0);
      long cycle =
          ok(analyst.get("/api/surveys/" + survey + "/cycles"))
              .jsonArray()
              .getJsonObject(0)
              .getJsonNumber("id")
              .longValue();
      var progress = ok(analyst.get("/api/cycles/" + cycle)).json().getJsonObject("progress");
      return new long[] {
        progress.getJsonNumber("answered").longValue(),
        progress.getJsonNumber("responses").longValue()
      };
    }

    private static Api.Reply ok(Api.Reply reply) {
      if (reply.status() != 200) {
        throw new IllegalStateException("The restarted server answered " + reply);
      }
      return reply;
    }

    @Override
    public String toString() {
      return String.format(
          Locale.ROOT,
          "After the restart: acknowledged %d, stored %d, lost %d, duplicated %d"
              + " (invitations answered %d, responses %d, so %d answers stored whose reply"
              + " never arrived). %s",
          acknowledged,
          stored,
          lost,
          duplicated(),
          answered,
          responses,
          answered - stored,
          lost == 0 && duplicated() == 0 ? "PASS" : "FAIL");
    }
  }

  private static void log(String line) {
    System.out.println("[crash] " + line);
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
