package org.barometer.bench;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.ConsoleHandler;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.shared.Country;
import org.barometer.statistics.application.DatasetMapping;
import org.barometer.statistics.application.ImportSummary;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.DatasetParser;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.barometer.statistics.application.importer.px.PxParser;
import org.barometer.statistics.infrastructure.JdbcStatisticsStore;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * How long a full import of a large table takes (parse, then store into PostgreSQL) and how much
 * heap it needs. Not a test. The goal: about 1,000,000 cells in under 3 s with under 256 MB
 * of heap. Run it after {@code mvn test-compile} with the test class path and {@code -Xmx256m} (the
 * bound is then proved by not failing; the sampled peak is printed too):
 *
 * <pre>
 * java -Xmx256m -cp target/classes:target/test-classes:$(cat target/test.classpath) \
 *   -Dbench.pg.url=jdbc:postgresql://localhost:5432/barometer_store \
 *   org.barometer.bench.StatisticsImportBenchmark
 * </pre>
 *
 * Two generated files in {@code target/}: JSON-stat 2.0 and PX, each 356 Norwegian municipalities ×
 * 100 measures × 30 years = 1,068,000 cells, values with one decimal, about 3 % missing as {@code
 * ".."}. For each: the statistics tables are emptied, the file is imported (all cells new), then
 * imported again (all cells unchanged); all of it {@code bench.rounds} times (default 2: the first
 * round runs on a cold JVM). Properties: {@code bench.pg.url}, {@code bench.pg.user}, {@code
 * bench.pg.password} (default {@code barometer}), {@code bench.rounds}.
 */
public final class StatisticsImportBenchmark {

  static final int REGIONS = 356;
  static final int MEASURES = 100;
  static final int YEARS = 30;
  static final int FIRST_YEAR = 1995;

  public static void main(String[] args) throws Exception {
    // the store's phase timings (catalogue, cells, commit) at FINE
    Logger log = Logger.getLogger("org.barometer.statistics");
    ConsoleHandler console = new ConsoleHandler();
    console.setLevel(Level.FINE);
    log.setLevel(Level.FINE);
    log.addHandler(console);
    PGSimpleDataSource pg = new PGSimpleDataSource();
    pg.setURL(
        System.getProperty("bench.pg.url", "jdbc:postgresql://localhost:5432/barometer_scratch"));
    pg.setUser(System.getProperty("bench.pg.user", "barometer"));
    pg.setPassword(System.getProperty("bench.pg.password", "barometer"));
    pg.setReWriteBatchedInserts(true);
    Flyway.configure().dataSource(pg).locations("classpath:db/migration").load().migrate();

    Path dir = Files.createDirectories(Path.of("target", "bench-statistics"));
    Path json = dir.resolve("bench-1m-jsonstat2.json");
    Path px = dir.resolve("bench-1m.px");
    writeJsonStat(json);
    writePx(px);
    System.out.printf(
        "cells: %,d; JSON-stat %,d bytes, PX %,d bytes; max heap %d MB%n",
        REGIONS * MEASURES * YEARS,
        Files.size(json),
        Files.size(px),
        Runtime.getRuntime().maxMemory() >> 20);

    JdbcStatisticsStore store = new JdbcStatisticsStore(pg);
    int rounds = Integer.getInteger("bench.rounds", 2);
    for (int round = 1; round <= rounds; round++) {
      System.out.printf("round %d%s%n", round, round == 1 ? " (cold JVM)" : "");
      for (Path file : new Path[] {json, px}) {
        DatasetParser parser =
            file.toString().endsWith(".px") ? new PxParser() : new JsonStatParser();
        empty(pg);
        run("new      ", file, parser, store);
        run("unchanged", file, parser, store);
      }
    }
  }

  private static void run(String what, Path file, DatasetParser parser, JdbcStatisticsStore store)
      throws Exception {
    System.gc();
    HeapSampler heap = HeapSampler.begin();
    long start = System.nanoTime();
    Dataset dataset;
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      dataset = parser.parse(file.getFileName().toString(), in, null).get(0);
    }
    long parsed = System.nanoTime();
    ImportSummary summary = store.store(dataset, DatasetMapping.guess(dataset, Country.NO), "SSB");
    long stored = System.nanoTime();
    long peak = heap.end();
    double total = (stored - start) / 1e9;
    System.out.printf(
        "%-10s %s: parse %.2f s, store %.2f s, total %.2f s, %,.0f cells/s; peak heap %.0f MB;"
            + " added %,d revised %,d unchanged %,d missing %s%n",
        file.getFileName().toString().endsWith(".px") ? "PX" : "JSON-stat",
        what,
        (parsed - start) / 1e9,
        (stored - parsed) / 1e9,
        total,
        summary.read() / total,
        peak / 1e6,
        summary.added(),
        summary.revised(),
        summary.unchanged(),
        summary.missingBySymbol());
  }

  private static void empty(PGSimpleDataSource pg) throws Exception {
    try (Connection c = pg.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "truncate stat_observation_history, stat_observation, stat_series, stat_region,"
              + " stat_table");
      s.execute("vacuum analyze stat_observation");
    }
  }

  /** Samples used heap every 5 ms: the peak between begin and end. */
  private static final class HeapSampler extends Thread {
    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    private final AtomicLong peak = new AtomicLong();
    private volatile boolean running = true;

    static HeapSampler begin() {
      HeapSampler s = new HeapSampler();
      s.setDaemon(true);
      s.start();
      return s;
    }

    @Override
    public void run() {
      while (running) {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        try {
          Thread.sleep(5);
        } catch (InterruptedException e) {
          return;
        }
      }
    }

    long end() throws InterruptedException {
      running = false;
      join();
      return Math.max(peak.get(), memory.getHeapMemoryUsage().getUsed());
    }
  }

  static String region(int r) {
    // 15 county numbers as of 2024, municipalities numbered within each
    int[] counties = {3, 11, 15, 18, 31, 32, 33, 34, 39, 40, 42, 46, 50, 55, 56};
    return String.format("%02d%02d", counties[r % counties.length], 1 + r / counties.length);
  }

  /** A value in tenths, or -1 for a missing cell (about 3 %), the same for both formats. */
  static long tenths(Random random) {
    return random.nextInt(100) < 3 ? -1 : random.nextInt(10_000_000);
  }

  static void writeTenths(Writer w, long tenths) throws IOException {
    w.write(Long.toString(tenths / 10));
    w.write('.');
    w.write((char) ('0' + tenths % 10));
  }

  private static void writeJsonStat(Path file) throws IOException {
    Random random = new Random(1);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.write("{\"version\":\"2.0\",\"class\":\"dataset\",\"label\":\"Bench table\",");
      w.write("\"source\":\"Statistisk sentralbyrå\",\"updated\":\"2025-06-15T06:00:00Z\",");
      w.write("\"id\":[\"KOKkommuneregion0000\",\"ContentsCode\",\"Tid\"],");
      w.write("\"size\":[" + REGIONS + "," + MEASURES + "," + YEARS + "],");
      w.write("\"role\":{\"time\":[\"Tid\"],\"metric\":[\"ContentsCode\"]},\"dimension\":{");
      w.write("\"KOKkommuneregion0000\":{\"label\":\"region\",\"category\":{\"index\":{");
      for (int r = 0; r < REGIONS; r++) {
        w.write((r > 0 ? "," : "") + "\"" + region(r) + "\":" + r);
      }
      w.write("},\"label\":{");
      for (int r = 0; r < REGIONS; r++) {
        w.write((r > 0 ? "," : "") + "\"" + region(r) + "\":\"Kommune " + region(r) + "\"");
      }
      w.write("}}},\"ContentsCode\":{\"label\":\"statistikkvariabel\",\"category\":{\"index\":{");
      for (int m = 0; m < MEASURES; m++) {
        w.write((m > 0 ? "," : "") + "\"KOSbench" + m + "\":" + m);
      }
      w.write("},\"label\":{");
      for (int m = 0; m < MEASURES; m++) {
        w.write((m > 0 ? "," : "") + "\"KOSbench" + m + "\":\"Measure " + m + "\"");
      }
      w.write("},\"unit\":{");
      for (int m = 0; m < MEASURES; m++) {
        w.write((m > 0 ? "," : "") + "\"KOSbench" + m + "\":{\"base\":\"kr\",\"decimals\":1}");
      }
      w.write("}}},\"Tid\":{\"label\":\"år\",\"category\":{\"index\":{");
      for (int y = 0; y < YEARS; y++) {
        w.write((y > 0 ? "," : "") + "\"" + (FIRST_YEAR + y) + "\":" + y);
      }
      w.write("}}}},\"value\":[");
      StringBuilder status = new StringBuilder();
      int cells = REGIONS * MEASURES * YEARS;
      for (int i = 0; i < cells; i++) {
        if (i > 0) {
          w.write(',');
        }
        long v = tenths(random);
        if (v < 0) {
          w.write("null");
          status.append(status.isEmpty() ? "" : ",").append('"').append(i).append("\":\"..\"");
        } else {
          writeTenths(w, v);
        }
      }
      w.write("],\"status\":{");
      w.write(status.toString());
      w.write("},\"extension\":{\"px\":{\"tableid\":\"99001\",\"language\":\"no\"}}}");
    }
  }

  private static void writePx(Path file) throws IOException {
    Random random = new Random(1);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
      w.write("CHARSET=\"ANSI\";\nAXIS-VERSION=\"2013\";\nCODEPAGE=\"utf-8\";\n");
      w.write("LANGUAGE=\"no\";\nDECIMALS=1;\nMATRIX=\"99002\";\n");
      w.write("SUBJECT-CODE=\"be\";\nSUBJECT-AREA=\"Bench\";\n");
      w.write("TITLE=\"Bench table\";\nCONTENTS=\"Bench\";\nUNITS=\"kr\";\n");
      w.write("STUB=\"region\",\"statistikkvariabel\";\nHEADING=\"år\";\n");
      w.write("CONTVARIABLE=\"statistikkvariabel\";\n");
      w.write("VALUES(\"region\")=");
      list(w, REGIONS, r -> "Kommune " + region(r));
      w.write("VALUES(\"statistikkvariabel\")=");
      list(w, MEASURES, m -> "Measure " + m);
      w.write("VALUES(\"år\")=");
      list(w, YEARS, y -> Integer.toString(FIRST_YEAR + y));
      w.write("TIMEVAL(\"år\")=TLIST(A1),");
      list(w, YEARS, y -> Integer.toString(FIRST_YEAR + y));
      w.write("CODES(\"region\")=");
      list(w, REGIONS, StatisticsImportBenchmark::region);
      w.write("CODES(\"statistikkvariabel\")=");
      list(w, MEASURES, m -> "KOSbench" + m);
      w.write("CODES(\"år\")=");
      list(w, YEARS, y -> Integer.toString(FIRST_YEAR + y));
      w.write("SOURCE=\"Statistisk sentralbyrå\";\nDATA=\n");
      for (int row = 0; row < REGIONS * MEASURES; row++) {
        for (int y = 0; y < YEARS; y++) {
          long v = tenths(random);
          if (y > 0) {
            w.write(' ');
          }
          if (v < 0) {
            w.write("\"..\"");
          } else {
            writeTenths(w, v);
          }
        }
        w.write('\n');
      }
      w.write(";\n");
    }
  }

  private static void list(Writer w, int n, java.util.function.IntFunction<String> item)
      throws IOException {
    for (int i = 0; i < n; i++) {
      w.write((i > 0 ? (i % 10 == 0 ? ",\n" : ",") : "") + "\"" + item.apply(i) + "\"");
    }
    w.write(";\n");
  }
}
