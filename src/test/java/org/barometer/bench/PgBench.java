package org.barometer.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * What PostgreSQL itself sustains for one submission's database work, measured with pgbench.
 *
 * <p>The tables live in a scratch schema, {@value #SCHEMA}, of the benchmark database, built from
 * the application's own Flyway migrations so they have the same columns, keys, foreign keys and
 * indices; the application's tables in {@code public} are left alone. It holds one open cycle and
 * {@code pool} invitations, each with a token hash (the SHA-256 of the invitation number, in hex).
 *
 * <p>One transaction of {@link #SCRIPT} does what {@code AnsweringService.submit} makes the
 * database do: find the invitation by token hash (invitation_token joined to invitation), read the
 * cycle, insert the response with a random UUID, insert the 30 answers (pipelined, as the JDBC
 * driver sends EclipseLink's batch), mark the invitation answered with the conditional update and
 * delete the draft. pgbench connects over TCP to localhost as the application does.
 */
final class PgBench {

  static final String SCHEMA = "bench_pg";

  private final String host;
  private final int port;
  private final String database;
  private final String user;
  private final String password;
  private final int pool;
  private final Path work;

  PgBench(String host, int port, String database, String user, String password, int pool)
      throws IOException {
    this.host = host;
    this.port = port;
    this.database = database;
    this.user = user;
    this.password = password;
    this.pool = pool;
    this.work = Files.createTempDirectory("pgbench-submissions");
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://" + host + ":" + port + "/" + database, user, password);
  }

  /** (Re)creates the scratch schema from the migrations and fills it; writes the script. */
  void prepare(Path migrations, String templateText) throws Exception {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      sql.execute("drop schema if exists " + SCHEMA + " cascade");
      sql.execute("create schema " + SCHEMA);
      sql.execute("set search_path to " + SCHEMA);
      for (Path migration : migrations(migrations)) {
        sql.execute(Files.readString(migration));
      }
      sql.execute(
          "insert into survey (id, code, name, template_code, created_at)"
              + " values (1, 'bench', 'Benchmark', 'bench-30', now())");
      try (var cycle =
          db.prepareStatement(
              "insert into survey_cycle (id, survey_id, label, status, template_code,"
                  + " template_version, template_text, opened_at)"
                  + " values (1, 1, 'bench', 'OPEN', 'bench-30', 1, ?, now())")) {
        cycle.setString(1, templateText);
        cycle.executeUpdate();
      }
      sql.execute(
          "insert into business (id, org_number, name, email, nace, employees, updated_at)"
              + " select i, lpad(i::text, 9, '0'), 'Bedrift ' || i, 'post' || i || '@example.org',"
              + " '62.010', 12, now() from generate_series(1, "
              + pool
              + ") i");
      sql.execute(
          "insert into invitation (id, cycle_id, business_id, industry, size_class, answered)"
              + " select i, 1, i, 'J', '5-19', false from generate_series(1, "
              + pool
              + ") i");
      sql.execute(
          "insert into invitation_token (token_hash, invitation_id)"
              + " select encode(sha256(i::text::bytea), 'hex'), i from generate_series(1, "
              + pool
              + ") i");
      sql.execute("analyze");
    }
    Files.writeString(work.resolve("submission.sql"), SCRIPT, StandardCharsets.UTF_8);
  }

  private static List<Path> migrations(Path folder) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      return files
          .filter(f -> f.getFileName().toString().matches("V\\d+__.*\\.sql"))
          .sorted(
              (a, b) ->
                  Integer.compare(
                      Integer.parseInt(a.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1")),
                      Integer.parseInt(
                          b.getFileName().toString().replaceAll("^V(\\d+)__.*", "$1"))))
          .toList();
    }
  }

  /** Every level starts alike: no responses, no invitation answered. */
  void reset() throws SQLException {
    try (Connection db = connect();
        Statement sql = db.createStatement()) {
      sql.execute("set search_path to " + SCHEMA);
      sql.execute("truncate answer, response");
      sql.execute("update invitation set answered = false where answered");
      sql.execute("vacuum analyze invitation");
    }
  }

  /** One level: {@code clients} clients for {@code seconds}, prepared statements. */
  Result run(int clients, int seconds) throws Exception {
    reset();
    Path logs = Files.createDirectories(work.resolve("log-" + clients));
    List<String> command =
        List.of(
            "pgbench",
            "-n",
            "-M",
            "prepared",
            "-c",
            Integer.toString(clients),
            "-j",
            Integer.toString(Math.min(2, clients)),
            "-T",
            Integer.toString(seconds),
            "-D",
            "pool=" + pool,
            "-l",
            "--log-prefix=" + logs.resolve("tx"),
            "-f",
            work.resolve("submission.sql").toString(),
            "-h",
            host,
            "-p",
            Integer.toString(port),
            "-U",
            user,
            database);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("PGPASSWORD", password);
    builder.environment().put("PGOPTIONS", "-c search_path=" + SCHEMA);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(seconds + 120L, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("pgbench failed:\n" + output);
    }
    Histogram latencies = new Histogram(TimeUnit.MINUTES.toMicros(1), 3);
    try (Stream<Path> files = Files.list(logs)) {
      for (Path log : files.toList()) {
        try (Stream<String> lines = Files.lines(log)) {
          // client_id transaction_no time(us) script_no time_epoch time_us
          lines.forEach(
              l ->
                  latencies.recordValue(
                      Math.min(Long.parseLong(l.split(" ")[2]), TimeUnit.MINUTES.toMicros(1))));
        }
      }
    }
    return new Result(
        clients,
        number(output, "number of transactions actually processed: (\\d+)"),
        number(output, "tps = ([\\d.]+)"),
        number(output, "latency average = ([\\d.]+) ms"),
        latencies.getValueAtPercentile(50) / 1e3,
        latencies.getValueAtPercentile(99) / 1e3,
        output.contains("number of failed transactions")
            ? number(output, "number of failed transactions: (\\d+)")
            : 0,
        output);
  }

  private static double number(String output, String pattern) {
    Matcher m = Pattern.compile(pattern).matcher(output);
    if (!m.find()) {
      throw new IllegalStateException("no '" + pattern + "' in pgbench output:\n" + output);
    }
    return Double.parseDouble(m.group(1));
  }

  /** pgbench's figures for one level. Latencies in milliseconds. */
  record Result(
      int clients,
      double transactions,
      double tps,
      double latencyAverage,
      double p50,
      double p99,
      double failures,
      String output) {}

  /** One submission: 25 scale answers, 4 choices, 1 text, as BenchAnswers sends them. */
  static final String SCRIPT = script();

  private static String script() {
    List<String> s = new ArrayList<>();
    s.add("-- One submission's database work, as AnsweringService.submit makes it (PgBench.java).");
    s.add("\\set n random(1, :pool)");
    s.add("\\set v random(1, 6)");
    s.add("BEGIN;");
    s.add(
        "SELECT i.id AS inv, i.cycle_id AS cyc, i.answered AS done FROM invitation_token t"
            + " JOIN invitation i ON i.id = t.invitation_id"
            + " WHERE t.token_hash = encode(sha256(:n::text::bytea), 'hex') \\gset");
    s.add(
        "SELECT id, survey_id, label, status, opens_on, closes_on, template_code,"
            + " template_version, template_text, population_size, opened_at, closed_at, version"
            + " FROM survey_cycle WHERE id = :cyc;");
    s.add("SELECT industry, size_class, population FROM cycle_stratum WHERE cycle_id = :cyc;");
    s.add(
        "INSERT INTO response (id, cycle_id, source) VALUES (gen_random_uuid()::text, :cyc,"
            + " 'WEB') RETURNING id AS rid \\gset");
    s.add("\\startpipeline");
    String insert =
        "INSERT INTO answer (response_id, question_code, ordinal, number_value, choice,"
            + " text_value, dont_know) VALUES ";
    for (int q = 1; q <= 25; q++) {
      s.add(insert + String.format("(:rid, 'q%02d', 0, :v, NULL, NULL, false);", q));
    }
    for (String[] choice :
        new String[][] {
          {"recommend", "yes"}, {"industry", "G"}, {"size", "5-19"}, {"years", "10+"}
        }) {
      s.add(insert + "(:rid, '" + choice[0] + "', 0, NULL, '" + choice[1] + "', NULL, false);");
    }
    s.add(insert + "(:rid, 'comments', 0, NULL, NULL, 'Raskere byggesaker, takk', false);");
    s.add("\\endpipeline");
    s.add("UPDATE invitation SET answered = true WHERE id = :inv AND answered = false;");
    s.add("DELETE FROM response_draft WHERE invitation_id = :inv;");
    s.add("COMMIT;");
    return String.join("\n", s) + "\n";
  }
}
