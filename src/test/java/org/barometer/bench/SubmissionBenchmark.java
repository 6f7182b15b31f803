package org.barometer.bench;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.barometer.it.Api;

/**
 * Benchmark (not a test) of questionnaire submissions on PostgreSQL: responses per second and
 * p50/p99 latency at 1, 16 and 64 concurrent clients for a 30-question response over HTTP, beside
 * what PostgreSQL itself sustains for the same database work (pgbench, {@link PgBench}) in the same
 * run. The goal: at 64 clients at least half of PostgreSQL's own rate, p99 under 100 ms.
 *
 * <p>Against a running server whose surveys folder holds {@code bench-30.yaml}; see {@code
 * bench/README.md} and {@code bench/run-submissions}. System properties (defaults in brackets):
 * {@code bench.url} [http://localhost:9080], {@code bench.clients} [1,16,64], {@code
 * bench.submissions} per level [500,2000,2000], {@code bench.warmup} [1000], {@code
 * bench.pgbench.seconds} [15], {@code bench.pgbench.invitations} [300000], {@code bench.pg.host}
 * [localhost], {@code bench.pg.port} [5432], {@code bench.pg.database} [barometer_bench], {@code
 * bench.pg.user} and {@code bench.pg.password} [barometer].
 */
public final class SubmissionBenchmark {

  private static final Pattern LINK = Pattern.compile("/s/([A-Za-z0-9_-]{27})");
  private static final String TEMPLATE = "src/test/resources/bench/surveys/bench-30.yaml";
  private static final String[] NACE = {"10.110", "41.200", "47.110", "62.010", "70.220"};

  private SubmissionBenchmark() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(property("bench.url", "http://localhost:9080").replaceAll("/*$", "/"));
    int[] clients = ints(property("bench.clients", "1,16,64"));
    int[] submissions = ints(property("bench.submissions", "500,2000,2000"));
    if (clients.length != submissions.length) {
      throw new IllegalArgumentException("bench.clients and bench.submissions differ in length");
    }
    int warmup = Integer.parseInt(property("bench.warmup", "1000"));
    int pgSeconds = Integer.parseInt(property("bench.pgbench.seconds", "15"));
    PgBench pgbench =
        new PgBench(
            property("bench.pg.host", "localhost"),
            Integer.parseInt(property("bench.pg.port", "5432")),
            property("bench.pg.database", "barometer_bench"),
            property("bench.pg.user", "barometer"),
            property("bench.pg.password", "barometer"),
            Integer.parseInt(property("bench.pgbench.invitations", "300000")));

    int needed = warmup;
    for (int i = 0; i < clients.length; i++) {
      needed += submissions[i] + warmupFor(clients[i]);
    }
    log("Server " + base + "; " + needed + " invitations for the HTTP part");
    List<String> tokens = invite(Api.analyst(base.toURL()), needed);

    log(
        "pgbench: preparing schema "
            + PgBench.SCHEMA
            + " in "
            + property("bench.pg.database", "barometer_bench"));
    pgbench.prepare(
        Path.of(property("bench.migrations", "src/main/resources/db/migration")),
        Files.readString(Path.of(TEMPLATE)));

    HttpLoad http = new HttpLoad(base, tokens);
    log("HTTP warm-up: " + warmup + " submissions at 16 clients");
    report("warm-up", http.run(16, warmup));

    List<HttpLoad.Result> httpResults = new ArrayList<>();
    List<PgBench.Result> pgResults = new ArrayList<>();
    for (int i = 0; i < clients.length; i++) {
      int c = clients[i];
      http.run(c, warmupFor(c));
      log("HTTP: " + submissions[i] + " submissions at " + c + " clients");
      HttpLoad.Result h = http.run(c, submissions[i]);
      report("measured", h);
      httpResults.add(h);
      log("pgbench: " + c + " clients for " + pgSeconds + " s");
      PgBench.Result p = pgbench.run(c, pgSeconds);
      log(
          String.format(
              Locale.ROOT,
              "  pgbench: %.0f tps, p50 %.2f ms, p99 %.2f ms, %.0f transactions",
              p.tps(),
              p.p50(),
              p.p99(),
              p.transactions()));
      pgResults.add(p);
    }

    printTable(httpResults, pgResults);
    if (!http.failureSamples().isEmpty()) {
      System.out.println("Failures, one reply per status: " + http.failureSamples());
    }
    long failures = httpResults.stream().mapToLong(HttpLoad.Result::failures).sum();
    System.exit(failures == 0 ? 0 : 1);
  }

  /** A few submissions at each level before measuring: connections, pools and threads. */
  private static int warmupFor(int clients) {
    return clients * 5;
  }

  /** A new survey on bench-30 with an open cycle inviting {@code count} businesses; the tokens. */
  static List<String> invite(Api analyst, int count) {
    return inviteTo(analyst, count).tokens();
  }

  /** An open cycle of a new survey and its personal links' tokens. */
  record Invited(long cycleId, List<String> tokens) {}

  /** As {@link #invite}, with the cycle's id. */
  static Invited inviteTo(Api analyst, int count) {
    String code = "bench-" + Long.toString(System.currentTimeMillis(), 36);
    expect(
        201,
        analyst.postJson(
            "/api/surveys",
            "{\"code\":\"" + code + "\",\"name\":\"Ytelsestest\",\"templateCode\":\"bench-30\"}"),
        "create the survey (is bench-30.yaml in the server's barometer.surveys.dir?)");
    var cycle = analyst.postJson("/api/surveys/" + code + "/cycles", "{\"label\":\"bench\"}");
    expect(201, cycle, "create the cycle");
    long id = cycle.json().getJsonNumber("id").longValue();
    expect(200, analyst.post("/api/cycles/" + id + "/open"), "open the cycle");
    StringBuilder register = new StringBuilder("org_number,name,email,nace,employees\n");
    List<String> orgNumbers = OrgNumbers.first(count);
    for (int i = 0; i < count; i++) {
      register
          .append(orgNumbers.get(i))
          .append(",Bedrift ")
          .append(i)
          .append(" AS,post")
          .append(i)
          .append("@bedrift.example,")
          .append(NACE[i % NACE.length])
          .append(',')
          .append((i * 37) % 250)
          .append('\n');
    }
    long t0 = System.nanoTime();
    var invited = analyst.postCsv("/api/cycles/" + id + "/invitations", register.toString());
    expect(200, invited, "upload the register");
    var links = analyst.post("/api/cycles/" + id + "/links");
    expect(200, links, "issue the links");
    List<String> tokens = new ArrayList<>();
    Matcher m = LINK.matcher(links.body());
    while (m.find()) {
      tokens.add(m.group(1));
    }
    if (tokens.size() != count) {
      throw new IllegalStateException("expected " + count + " links, got " + tokens.size());
    }
    log(
        String.format(
            Locale.ROOT,
            "Survey %s, cycle %d: %d businesses invited and linked in %.1f s",
            code,
            id,
            count,
            (System.nanoTime() - t0) / 1e9));
    return new Invited(id, tokens);
  }

  private static void expect(int status, Api.Reply reply, String what) {
    if (reply.status() != status) {
      throw new IllegalStateException("Could not " + what + ": " + reply);
    }
  }

  private static void printTable(List<HttpLoad.Result> http, List<PgBench.Result> pg) {
    int cores = Runtime.getRuntime().availableProcessors();
    StringBuilder t = new StringBuilder();
    t.append(
        "\nSubmissions of a 30-question response (25 scales, 4 choices, 1 text) on PostgreSQL\n");
    t.append(
        "Machine: "
            + cores
            + " cores shared by the server, PostgreSQL and the load generator (or pgbench).\n\n");
    t.append(
        String.format(
            Locale.ROOT,
            "%7s | %11s %8s %8s %8s | %11s %8s %8s %8s | %9s%n",
            "clients",
            "HTTP resp/s",
            "p50 ms",
            "p99 ms",
            "failures",
            "pgbench tps",
            "p50 ms",
            "p99 ms",
            "failures",
            "HTTP/pg"));
    t.append("-".repeat(112)).append('\n');
    for (int i = 0; i < http.size(); i++) {
      HttpLoad.Result h = http.get(i);
      PgBench.Result p = pg.get(i);
      t.append(
          String.format(
              Locale.ROOT,
              "%7d | %11.0f %8.1f %8.1f %8d | %11.0f %8.2f %8.2f %8.0f | %8.0f%%%n",
              h.clients(),
              h.perSecond(),
              h.p50(),
              h.p99(),
              h.failures(),
              p.tps(),
              p.p50(),
              p.p99(),
              p.failures(),
              100 * h.perSecond() / p.tps()));
    }
    for (int i = 0; i < http.size(); i++) {
      if (http.get(i).clients() == 64) {
        HttpLoad.Result h = http.get(i);
        double ratio = h.perSecond() / pg.get(i).tps();
        boolean rate = ratio >= 0.5;
        boolean p99 = h.p99() < 100;
        t.append(
            String.format(
                Locale.ROOT,
                "%nGoal at 64 clients: >= 50%% of pgbench's rate: %s (%.0f%%); p99 < 100 ms: %s"
                    + " (%.1f ms); no failures: %s. Goal %s.%n",
                rate ? "yes" : "NO",
                100 * ratio,
                p99 ? "yes" : "NO",
                h.p99(),
                h.failures() == 0 ? "yes" : "NO",
                rate && p99 && h.failures() == 0 ? "MET" : "NOT MET"));
      }
    }
    System.out.println(t);
  }

  private static void report(String what, HttpLoad.Result r) {
    log(
        String.format(
            Locale.ROOT,
            "  %s: %d clients, %d submissions in %.1f s: %.0f/s, p50 %.1f ms, p99 %.1f ms,"
                + " max %.1f ms, statuses %s",
            what,
            r.clients(),
            r.submissions(),
            r.seconds(),
            r.perSecond(),
            r.p50(),
            r.p99(),
            r.max(),
            r.statuses()));
  }

  private static void log(String line) {
    System.out.println("[bench] " + line);
  }

  private static String property(String name, String fallback) {
    String value = System.getProperty(name);
    return value == null || value.isBlank() ? fallback : value.strip();
  }

  private static int[] ints(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).mapToInt(Integer::parseInt).toArray();
  }
}
