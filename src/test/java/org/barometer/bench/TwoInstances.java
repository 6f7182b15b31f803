package org.barometer.bench;

import java.net.URI;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.barometer.it.Api;
import org.barometer.it.PageSession;

/**
 * Two Barometer servers on one PostgreSQL behind nginx without sticky sessions (README, "Several
 * instances"), started by this program, each point of issue 18 checked through them: a login on one
 * server is a login on the other, a Faces form from one is posted to the other, a cycle closed
 * through one refuses answers through the other at once, its counts are counted once, the mail
 * retry runs once per turn across both; then one server is killed with SIGKILL while 16 clients
 * submit through nginx ({@link KillUnderLoad}): no acknowledged answer lost, and the other goes on.
 *
 * <p>Run by {@code .ci/two-instances}, which builds the servers {@code two-a} and {@code two-b},
 * the LTPA keys they share and the database; exits 1 when a check fails. System properties: {@code
 * two.wlp} [target/liberty/wlp], {@code two.port} [9480: the servers on it and the next, nginx on
 * port + 10], {@code two.db} [jdbc:postgresql://localhost:5432/barometer_instances], {@code
 * two.ltpa.password} (required).
 */
public final class TwoInstances {

  private static final Path DIR = Path.of("target", "two-instances");
  private static final String DB_USER = "barometer";

  private final List<String> failures = new ArrayList<>();
  private final String db;

  private TwoInstances(String db) {
    this.db = db;
  }

  public static void main(String[] args) throws Exception {
    Path wlp = Path.of(property("two.wlp", "target/liberty/wlp"));
    int port = Integer.parseInt(property("two.port", "9480"));
    String password = System.getProperty("two.ltpa.password");
    TwoInstances test =
        new TwoInstances(
            property("two.db", "jdbc:postgresql://localhost:5432/barometer_instances"));
    Map<String, String> env =
        Map.of("BAROMETER_LTPA_PASSWORD", password, "BAROMETER_MEETINGS_MAIL_RETRY_PERIOD", "PT2S");
    URI a = URI.create("http://localhost:" + port + "/");
    URI b = URI.create("http://localhost:" + (port + 1) + "/");
    URI lb = URI.create("http://localhost:" + (port + 10) + "/");
    Process serverA = LibertyProcess.start(wlp, "two-a", port, env, DIR.resolve("two-a.log"));
    Process serverB = LibertyProcess.start(wlp, "two-b", port + 1, env, DIR.resolve("two-b.log"));
    Process nginx = Nginx.start(DIR, lb.getPort(), List.of(port, port + 1));
    try {
      LibertyProcess.awaitReady(serverA, a, DIR.resolve("two-a.log"));
      LibertyProcess.awaitReady(serverB, b, DIR.resolve("two-b.log"));
      log("Servers ready: two-a pid " + serverA.pid() + ", two-b pid " + serverB.pid());
      test.sessionsAndClosing(a.toURL(), b.toURL());
      test.mailRetryOnce();
      var connections = Executors.newSingleThreadScheduledExecutor();
      AtomicLong most = new AtomicLong();
      connections.scheduleAtFixedRate(
          () -> most.accumulateAndGet(test.connections(), Math::max),
          0,
          500,
          TimeUnit.MILLISECONDS);
      KillUnderLoad.Outcome outcome =
          KillUnderLoad.run(
              lb,
              SubmissionBenchmark.inviteTo(Api.analyst(lb.toURL()), 4000),
              serverA,
              cycle -> new long[] {test.stored(cycle), test.answered(cycle)});
      connections.shutdownNow();
      log(
          "PostgreSQL connections to the database during the load, at most "
              + most.get()
              + " (both servers and this test, sampled every 0.5 s)");
      test.check(outcome.toString(), outcome.passed());
    } finally {
      serverA.destroyForcibly();
      serverB.destroy();
      nginx.destroy();
      serverB.waitFor(60, TimeUnit.SECONDS);
      nginx.waitFor(10, TimeUnit.SECONDS);
    }
    System.out.println(
        test.failures.isEmpty() ? "[two] PASS" : "[two] FAIL: " + String.join("; ", test.failures));
    System.exit(test.failures.isEmpty() ? 0 : 1);
  }

  /**
   * Staff logged in on one server, its pages and a Faces form used on the other; the cycle that
   * form closes refuses answers through both at once; its counts are counted by one of them.
   */
  private void sessionsAndClosing(URL a, URL b) throws Exception {
    SubmissionBenchmark.Invited invited = SubmissionBenchmark.inviteTo(Api.analyst(a), 20);
    long cycle = invited.cycleId();
    List<String> tokens = invited.tokens();
    URI responsesA = a.toURI().resolve("/api/responses");
    URI responsesB = b.toURI().resolve("/api/responses");
    // Three answers through each server: both have read the open cycle.
    int accepted = 0;
    for (int i = 0; i < 6; i++) {
      accepted +=
          CrashTest.submit(i % 2 == 0 ? responsesA : responsesB, tokens.get(i), i) == 201 ? 1 : 0;
    }
    check("6 answers before closing, 3 through each server: accepted " + accepted, accepted == 6);

    PageSession onA = PageSession.login(a, "analyst", "analyst-demo");
    PageSession onB = onA.at(b);
    String page = "/staff/surveys/cycle.xhtml?id=" + cycle;
    Api.Reply seenOnB = onB.get(page);
    check(
        "logged in on two-a, the cycle page on two-b answers " + seenOnB.status(),
        seenOnB.status() == 200 && seenOnB.body().contains("id=\"cycle\""));
    Api.Reply closed = onA.press(page, "cycle", "close", Map.of(), onB);
    String status = Api.analyst(a).get("/api/cycles/" + cycle).json().getString("status");
    check(
        "the close button of two-a's page posted to two-b: answered "
            + closed.status()
            + ", two-a says the cycle is "
            + status,
        closed.status() < 400 && "CLOSED".equals(status));

    int throughA = CrashTest.submit(responsesA, tokens.get(6), 6);
    int throughB = CrashTest.submit(responsesB, tokens.get(7), 7);
    check(
        "closed through two-b, an answer through two-a is answered "
            + throughA
            + " and through two-b "
            + throughB,
        throughA == 409 && throughB == 409);

    CompletableFuture<Api.Reply> fromA =
        CompletableFuture.supplyAsync(
            () -> Api.analyst(a).get("/api/cycles/" + cycle + "/results"));
    CompletableFuture<Api.Reply> fromB =
        CompletableFuture.supplyAsync(
            () -> Api.analyst(b).get("/api/cycles/" + cycle + "/results"));
    Api.Reply resultsA = fromA.get(2, TimeUnit.MINUTES);
    Api.Reply resultsB = fromB.get(2, TimeUnit.MINUTES);
    String counted = "Counted and kept the answers of closed cycle " + cycle;
    long countings =
        occurrences(DIR.resolve("two-a.log"), counted)
            + occurrences(DIR.resolve("two-b.log"), counted);
    check(
        "results of the closed cycle asked of both servers at once: "
            + resultsA.status()
            + " and "
            + resultsB.status()
            + (resultsA.body().equals(resultsB.body()) ? ", the same" : ", different")
            + "; counted "
            + countings
            + " time(s) in the two servers' logs, "
            + stored(cycle)
            + " responses in the database",
        resultsA.status() == 200
            && resultsA.body().equals(resultsB.body())
            && countings == 1
            && stored(cycle) == 6);
  }

  /**
   * The mail retry runs every 2 s on each server (two turns per 2 s between them); its lease of 1.8
   * s lets at most one of them send in any 1.8 s, so at most 7 runs in 12 s.
   */
  private void mailRetryOnce() throws Exception {
    long before = runs("meeting-mail-retry");
    Thread.sleep(12_000);
    long during = runs("meeting-mail-retry") - before;
    check(
        "mail retry, due every 2 s on each of two servers: ran " + during + " times in 12 s",
        during >= 3 && during <= 7);
  }

  private long runs(String lock) throws Exception {
    return single("select runs from instance_lock where name = ?", lock);
  }

  /** The responses the database holds for the cycle. */
  long stored(long cycle) throws Exception {
    return single("select count(*) from response where cycle_id = ?", cycle);
  }

  /** Connections open to the test's database now; 0 when it cannot be asked. */
  long connections() {
    try {
      return single("select count(*) from pg_stat_activity where datname = current_database()");
    } catch (Exception e) {
      return 0;
    }
  }

  /** The cycle's invitations marked answered. */
  long answered(long cycle) throws Exception {
    return single("select count(*) from invitation where cycle_id = ? and answered", cycle);
  }

  private long single(String sql, Object... parameters) throws Exception {
    try (Connection c = DriverManager.getConnection(db, DB_USER, DB_USER);
        PreparedStatement select = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        select.setObject(i + 1, parameters[i]);
      }
      try (ResultSet row = select.executeQuery()) {
        row.next();
        return row.getLong(1);
      }
    }
  }

  private void check(String what, boolean passed) {
    log((passed ? "ok   " : "FAIL ") + what);
    if (!passed) {
      failures.add(what);
    }
  }

  private static long occurrences(Path log, String line) throws Exception {
    return Files.readAllLines(log).stream().filter(l -> l.contains(line)).count();
  }

  static void log(String line) {
    System.out.println("[two] " + line);
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }
}
