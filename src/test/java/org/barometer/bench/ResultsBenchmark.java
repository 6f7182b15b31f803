package org.barometer.bench;

import static org.barometer.bench.BenchCycles.INDUSTRIES;
import static org.barometer.bench.BenchCycles.SIZES;
import static org.barometer.bench.BenchCycles.check;
import static org.barometer.bench.BenchCycles.seconds;

import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.barometer.it.Api;
import org.postgresql.PGConnection;

/**
 * Benchmark (not a test) of survey results on PostgreSQL: one cycle of 100,000 responses × 30
 * questions in 12 strata, and ten more such cycles for the trend. It times, cold (the first call
 * after a server start) and warm (the median of further calls), a cycle's full results (every
 * question and index with the stratified estimate and three breakdowns), the comparison of two
 * cycles and the trend of the index over all eleven; and it prints the server's memory.
 *
 * <p>The answers are written straight into the database with {@code INSERT ... SELECT} over {@code
 * generate_series} (submitting 1.1 million responses over HTTP would take an hour and measure
 * something else). Each cycle's answers lean a little higher than the one before, so the trend
 * rises. The last cycle is also exported as one CSV row per response for the same summaries in R's
 * survey package ({@code bench/results-in-r.R}), to compare on the same machine.
 *
 * <p>Two phases, so that "cold" means what a planner meets after a server start: {@code load}
 * writes and closes the cycles and waits until the server has counted and kept each; then the
 * server is restarted ({@code bench/run-results}); {@code measure} times the requests. System
 * properties (defaults in brackets): {@code bench.phase} [all: both, without restart], {@code
 * bench.url} [http://localhost:9281], {@code bench.pg.url}
 * [jdbc:postgresql://localhost:5432/barometer_bench], {@code bench.responses} [100000], {@code
 * bench.cycles} [11], {@code bench.repeats} [20], {@code bench.server.pid} [the java process
 * running ws-server.jar].
 */
public final class ResultsBenchmark {

  /** Every stratum's register count: more than the responses that land in it. */

  /** The load phase's survey code and cycle ids, for the measure phase after a server restart. */
  private static final Path STATE = Path.of("target", "bench-results-cycles.txt");

  private ResultsBenchmark() {}

  public static void main(String[] args) throws Exception {
    URI base = URI.create(property("bench.url", "http://localhost:9281").replaceAll("/*$", "/"));
    String phase = property("bench.phase", "all");
    if (!phase.equals("measure")) {
      load(base);
    }
    if (!phase.equals("load")) {
      measure(base);
    }
  }

  /**
   * Creates the cycles, closes them, and waits until the server has counted and kept each one (it
   * does so in the background after a cycle closes): what a municipality's database holds once its
   * cycles are closed.
   */
  private static void load(URI base) throws Exception {
    String jdbc = property("bench.pg.url", "jdbc:postgresql://localhost:5432/barometer_bench");
    int responses = Integer.parseInt(property("bench.responses", "100000"));
    int cycles = Integer.parseInt(property("bench.cycles", "11"));
    Api analyst = Api.analyst(base.toURL());
    String survey = "results-bench-" + System.currentTimeMillis();
    check(
        analyst.postJson(
            "/api/surveys",
            "{\"code\":\""
                + survey
                + "\",\"name\":\"Results benchmark\",\"templateCode\":\"bench-30\"}"),
        201);
    List<Long> ids = new ArrayList<>();
    try (Connection db = DriverManager.getConnection(jdbc, "barometer", "barometer")) {
      for (int c = 0; c < cycles; c++) {
        long id = BenchCycles.create(analyst, survey, String.valueOf(2015 + c));
        long start = System.nanoTime();
        fill(db, id, responses, c);
        log(
            "cycle %d of %d (id %d): %,d responses × 30 answers written in %.1f s",
            c + 1, cycles, id, responses, seconds(start));
        start = System.nanoTime();
        check(analyst.post("/api/cycles/" + id + "/close"), 200);
        BenchCycles.waitUntilKept(db, id);
        log("  closed, counted and kept by the server in %.1f s", seconds(start));
        ids.add(id);
      }
      try (Writer out = Files.newBufferedWriter(Path.of("target", "bench-results-cycle.csv"))) {
        export(db, ids.get(ids.size() - 1), out);
      }
    }
    Files.writeString(
        STATE, survey + "\n" + String.join(",", ids.stream().map(String::valueOf).toList()) + "\n");
  }

  /** Cold: the first request after a server start; warm: the median of the next ones. */
  private static void measure(URI base) throws Exception {
    int repeats = Integer.parseInt(property("bench.repeats", "20"));
    List<String> state = Files.readAllLines(STATE);
    String survey = state.get(0);
    List<Long> ids = Arrays.stream(state.get(1).split(",")).map(Long::valueOf).toList();
    Api viewer = Api.viewer(base.toURL());
    long last = ids.get(ids.size() - 1);
    long previous = ids.get(ids.size() - 2);
    long pid = serverPid();
    log("%d cycles of survey %s; server pid %d: %s", ids.size(), survey, pid, memory(pid));
    System.out.println();
    System.out.println(
        "what                                   | cold ms | warm ms (median) | p95 ms | body KB");
    time("a cycle's full results", viewer, "/api/cycles/" + last + "/results", repeats);
    time(
        "comparison of two other cycles",
        viewer,
        "/api/cycles/" + ids.get(0) + "/comparison/" + previous,
        repeats);
    time(
        "trend of the index over all cycles",
        viewer,
        "/api/surveys/" + survey + "/trend/agreement",
        repeats);
    System.out.println();
    log("server after: %s", memory(pid));
  }

  /**
   * The cycle's responses and their 30 answers: 25 scale answers 1..6 (5 % don't know) leaning
   * {@code lean} × 0.05 points higher per cycle, a yes/no choice and the three background answers.
   */
  private static void fill(Connection db, long cycle, int responses, int lean) throws SQLException {
    db.setAutoCommit(false);
    try (var s = db.createStatement()) {
      s.execute("drop table if exists bench_ids");
      s.execute(
          "create temp table bench_ids as select gen_random_uuid()::text as id, g"
              + " from generate_series(1, "
              + responses
              + ") g");
      s.execute("insert into response select id, " + cycle + ", 'IMPORT' from bench_ids");
      s.execute(
          "insert into answer (response_id, question_code, ordinal, number_value, choice, dont_know)"
              + " select id, 'q' || lpad(q::text, 2, '0'), 0,"
              + " case when r < 0.05 then null else least(6, 1 + floor(random() * 5.6 + "
              + (lean * 0.05)
              + ")) end, null, r < 0.05"
              + " from (select id, q, random() as r from bench_ids, generate_series(1, 25) q) x");
      s.execute(
          "insert into answer (response_id, question_code, ordinal, number_value, choice, dont_know)"
              + " select id, 'recommend', 0, null, case when random() < 0.6 then 'yes' else 'no'"
              + " end, false from bench_ids");
      background(s, "industry", INDUSTRIES, "g % 4");
      background(s, "size", SIZES, "(g / 4) % 3");
      background(s, "years", new String[] {"0-2", "3-9", "10+"}, "(g / 12) % 3");
    }
    db.commit();
    try (var s = db.createStatement()) {
      db.setAutoCommit(true);
      s.execute("analyze response");
      s.execute("analyze answer");
    }
  }

  private static void background(
      java.sql.Statement s, String question, String[] options, String pick) throws SQLException {
    s.execute(
        "insert into answer (response_id, question_code, ordinal, number_value, choice, dont_know)"
            + " select id, '"
            + question
            + "', 0, null, (array['"
            + String.join("','", options)
            + "'])[1 + "
            + pick
            + "], false from bench_ids");
  }

  /** One row per response: the 25 scale answers (empty for don't know) and the stratum. */
  private static void export(Connection db, long cycle, Writer out)
      throws SQLException, IOException {
    StringBuilder columns = new StringBuilder();
    for (int q = 1; q <= 25; q++) {
      String code = String.format(Locale.ROOT, "q%02d", q);
      columns.append("max(case when a.question_code = '").append(code);
      columns.append("' then a.number_value end) as ").append(code).append(", ");
    }
    String sql =
        "copy (select "
            + columns
            + "max(case when a.question_code = 'industry' then a.choice end) as industry,"
            + " max(case when a.question_code = 'size' then a.choice end) as size,"
            + " max(case when a.question_code = 'years' then a.choice end) as years"
            + " from answer a join response r on r.id = a.response_id where r.cycle_id = "
            + cycle
            + " group by a.response_id) to stdout with csv header";
    db.unwrap(PGConnection.class).getCopyAPI().copyOut(sql, new WriterStream(out));
  }

  private static void time(String what, Api viewer, String path, int repeats) {
    long start = System.nanoTime();
    var first = viewer.get(path);
    double cold = (System.nanoTime() - start) / 1e6;
    check(first, 200);
    double[] warm = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long t = System.nanoTime();
      check(viewer.get(path), 200);
      warm[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(warm);
    System.out.printf(
        Locale.ROOT,
        "%-38s | %7.0f | %16.1f | %6.1f | %7.0f%n",
        what,
        cold,
        warm[repeats / 2],
        warm[(int) Math.ceil(repeats * 0.95) - 1],
        first.body().length() / 1024.0);
  }

  /** The Liberty server's process: the Java process running ws-server.jar. */
  private static long serverPid() {
    String given = System.getProperty("bench.server.pid");
    if (given != null) {
      return Long.parseLong(given);
    }
    return ProcessHandle.allProcesses()
        .filter(p -> p.info().commandLine().orElse("").contains("ws-server.jar"))
        .mapToLong(ProcessHandle::pid)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("No Liberty server process found"));
  }

  /** Resident memory of the server process, and its Java heap in use after a full GC. */
  private static String memory(long pid) throws IOException, InterruptedException {
    String rss =
        Files.readAllLines(Path.of("/proc", String.valueOf(pid), "status")).stream()
            .filter(l -> l.startsWith("VmRSS"))
            .findFirst()
            .orElse("VmRSS ?")
            .replaceAll("\\s+", " ");
    Process gc =
        new ProcessBuilder("jcmd", String.valueOf(pid), "GC.run").redirectErrorStream(true).start();
    gc.getInputStream().readAllBytes();
    gc.waitFor();
    Process heap =
        new ProcessBuilder("jcmd", String.valueOf(pid), "GC.heap_info")
            .redirectErrorStream(true)
            .start();
    String info = new String(heap.getInputStream().readAllBytes());
    heap.waitFor();
    String used =
        info.lines()
            .filter(l -> l.contains("used"))
            .findFirst()
            .orElse("heap ?")
            .trim()
            .replaceAll("\\s+", " ");
    return rss + "; heap after GC: " + used;
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, format + "%n", args);
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }

  /** The COPY API writes bytes; the CSV is ASCII. */
  private static final class WriterStream extends java.io.OutputStream {
    private final Writer out;

    WriterStream(Writer out) {
      this.out = out;
    }

    @Override
    public void write(int b) throws IOException {
      out.write(b);
    }
  }
}
