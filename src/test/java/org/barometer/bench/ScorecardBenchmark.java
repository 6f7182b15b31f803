package org.barometer.bench;

import static org.barometer.bench.BenchCycles.INDUSTRIES;
import static org.barometer.bench.BenchCycles.SIZES;
import static org.barometer.bench.BenchCycles.check;
import static org.barometer.bench.BenchCycles.seconds;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.barometer.it.Api;

/**
 * Benchmark (not a test) of a plan's scorecard ({@code GET /api/plans/{id}/scorecard}) on
 * PostgreSQL: a plan with 40 indicators, scored from 20 years of ten official measures for 356
 * Norwegian municipalities and from ten closed cycles of 100,000 responses each of the
 * municipality's {@code business-climate} survey. It times the first request after a server start
 * (cold) and then warm requests (p50, p95, max).
 *
 * <p>The plan (written by {@link #plan}) has 30 statistics indicators: 10 on the municipality's own
 * series (threshold, growth, improve, stable), 5 that name no table (found by the office's only
 * such measure, so through the whole catalogue), 8 that must outperform the mean of a group of 10
 * other municipalities (level, growth, gap), 3 that must beat each of 3 neighbours and 4 derived
 * ones (growth difference against another municipality); and 10 survey indicators, on the three
 * indices and seven scale questions of {@code business-climate}.
 *
 * <p>Setup: the statistics go in through the real import API ({@code POST /api/statistics/imports},
 * one long-format CSV of 71,200 cells); the survey's cycles are created and closed over the REST
 * API, with their responses and answers written straight into the database with {@code INSERT ...
 * SELECT} over {@code generate_series} (as {@link ResultsBenchmark} does); after each close the
 * benchmark waits until the server has counted and kept the cycle, so closed cycles are served from
 * their kept counts, as in production.
 *
 * <p>Two phases, so that "cold" means the first request after a server start: {@code load}, then
 * the server is restarted, then {@code measure}. System properties (defaults in brackets): {@code
 * bench.phase} [all: both, without restart], {@code bench.url} [http://localhost:9281], {@code
 * bench.pg.url} [jdbc:postgresql://localhost:5432/barometer_bench], {@code bench.responses}
 * [100000], {@code bench.cycles} [10], {@code bench.repeats} [50 warm requests per round], {@code
 * bench.rounds} [3].
 */
public final class ScorecardBenchmark {

  static final String PLAN = "scorecard-bench";
  static final String SURVEY = "scorecard-bench-climate";
  static final int MEASURES = 10;
  static final int FIRST_YEAR = 2006;
  static final int YEARS = 20;
  static final int FIRST_CYCLE = 2016;

  private static final String[] SCALES = {
    "sat_business_land",
    "sat_building_permits",
    "sat_business_development",
    "sat_cooperation",
    "image_innovative",
    "image_welcoming",
    "image_adaptable",
    "overall_climate"
  };

  private ScorecardBenchmark() {}

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

  /** The municipality whose plan it is, and the others the plan compares it with. */
  static String region(int r) {
    return StatisticsImportBenchmark.region(r);
  }

  static String own() {
    return region(0);
  }

  private static void load(URI base) throws Exception {
    String jdbc = property("bench.pg.url", "jdbc:postgresql://localhost:5432/barometer_bench");
    int responses = Integer.parseInt(property("bench.responses", "100000"));
    int cycles = Integer.parseInt(property("bench.cycles", "10"));
    Api analyst = Api.analyst(base.toURL());

    long start = System.nanoTime();
    byte[] csv = statistics();
    var imported =
        analyst.postFile(
            "/api/statistics/imports",
            "bench-scorecard.csv",
            csv,
            Map.of("source", "SSB", "office", "NO", "tableCode", "BENCH1"));
    check(imported, 200);
    log(
        "statistics: %d measures × %d municipalities × %d years (%,d cells, %.1f MB CSV) imported"
            + " over the API in %.1f s",
        MEASURES,
        StatisticsImportBenchmark.REGIONS,
        YEARS,
        MEASURES * StatisticsImportBenchmark.REGIONS * YEARS,
        csv.length / 1e6,
        seconds(start));

    check(
        analyst.postJson(
            "/api/surveys",
            "{\"code\":\""
                + SURVEY
                + "\",\"name\":\"Scorecard benchmark\",\"templateCode\":\"business-climate\"}"),
        201);
    try (Connection db = DriverManager.getConnection(jdbc, "barometer", "barometer")) {
      for (int c = 0; c < cycles; c++) {
        long id = BenchCycles.create(analyst, SURVEY, String.valueOf(FIRST_CYCLE + c));
        start = System.nanoTime();
        fill(db, id, responses, c);
        log(
            "cycle %d of %d (id %d): %,d responses × 12 answers written in %.1f s",
            c + 1, cycles, id, responses, seconds(start));
        start = System.nanoTime();
        check(analyst.post("/api/cycles/" + id + "/close"), 200);
        BenchCycles.waitUntilKept(db, id);
        log("  closed, counted and kept by the server in %.1f s", seconds(start));
      }
    }

    var plan = analyst.postYaml("/api/plans?fileName=" + PLAN + ".yaml", plan(cycles));
    check(plan, 201);
    log("plan: %s", plan.body());
  }

  /**
   * Long-format CSV: measures m01..m10, each rising from its own level by its own yearly growth
   * with noise, for every municipality and year.
   */
  static byte[] statistics() {
    Random random = new Random(7);
    StringBuilder out = new StringBuilder(4_000_000);
    out.append("measure,measure_label,region,period,value,unit,decimals\n");
    for (int m = 1; m <= MEASURES; m++) {
      String code = measure(m);
      for (int r = 0; r < StatisticsImportBenchmark.REGIONS; r++) {
        double level = 50 + random.nextInt(1000);
        double growth = 0.005 * (random.nextInt(9) - 2);
        for (int y = 0; y < YEARS; y++) {
          double value = level * Math.pow(1 + growth, y) * (1 + 0.02 * random.nextGaussian());
          out.append(code).append(',');
          out.append(r == 0 && y == 0 ? "Bench measure " + m : "").append(',');
          out.append(region(r)).append(',').append(FIRST_YEAR + y).append(',');
          out.append(String.format(Locale.ROOT, "%.1f", value));
          out.append(r == 0 && y == 0 ? ",persons,1" : ",,").append('\n');
        }
      }
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  static String measure(int m) {
    return String.format(Locale.ROOT, "m%02d", m);
  }

  /** The plan file: 30 statistics and 10 survey indicators in four goals. */
  static String plan(int cycles) {
    StringBuilder y = new StringBuilder();
    y.append("format: barometer-plan/1\n");
    y.append("id: ").append(PLAN).append('\n');
    y.append("municipality: {code: \"").append(own()).append("\", name: Bench, country: NO}\n");
    y.append("title: Scorecard benchmark plan\n");
    y.append("period: 2022-2028\n");
    y.append("goals:\n");

    goal(y, "own-series", "The municipality's own series");
    String[] rules = {
      "{rule: threshold, value: 500}",
      "{rule: growth_per_year, percent: 1}",
      "{rule: improve_every_period}",
      "{rule: stable_or_improve, tolerance: 1}"
    };
    for (int i = 1; i <= 10; i++) {
      String rule = rules[(i - 1) % rules.length];
      indicator(
          y,
          "own-" + i,
          series(measure(i), true, own()),
          (rule.contains("growth") ? "        baseline: {period: 2021}\n" : ""),
          rule);
    }
    for (int i = 1; i <= 5; i++) {
      indicator(
          y, "untabled-" + i, series(measure(i), false, own()), "", "{rule: improve_every_period}");
    }

    goal(y, "comparisons", "Better than the others");
    StringBuilder members = new StringBuilder();
    for (int r = 1; r <= 10; r++) {
      members.append(r > 1 ? ", " : "").append('"').append(region(r)).append('"');
    }
    String[] bases = {"level", "growth", "gap_improves"};
    for (int i = 1; i <= 8; i++) {
      String basis = bases[(i - 1) % bases.length];
      indicator(
          y,
          "group-" + i,
          series(measure(i), true, own()),
          basis.equals("growth") ? "        baseline: {period: 2021}\n" : "",
          "{rule: outperform, basis: "
              + basis
              + ", against: {type: group_mean, group: bench-10, name: Ten others, members: ["
              + members
              + "]}}");
    }
    for (int i = 1; i <= 3; i++) {
      indicator(
          y,
          "each-of-" + i,
          series(measure(i + 7), true, own()),
          "",
          "{rule: outperform, basis: level, against: {type: each_of, name: Neighbours, regions:"
              + " [\""
              + region(11)
              + "\", \""
              + region(12)
              + "\", \""
              + region(13)
              + "\"]}}");
    }

    goal(y, "derived", "Growing faster than a neighbour");
    for (int i = 1; i <= 4; i++) {
      indicator(
          y,
          "growth-difference-" + i,
          "{type: derived, formula: growth_difference, inputs: ["
              + inputSeries(measure(i + 6), own())
              + ", "
              + inputSeries(measure(i + 6), region(20))
              + "]}",
          "",
          "{rule: threshold, value: 0}");
    }

    goal(y, "survey", "Businesses are satisfied with the municipality");
    StringBuilder years = new StringBuilder();
    for (int c = 0; c < cycles; c++) {
      years.append(c > 0 ? ", " : "").append(FIRST_CYCLE + c);
    }
    String publishes = "{calendar: survey, years: [" + years + "], closes: 11-30}";
    for (String index : List.of("satisfaction", "image", "overall")) {
      indicator(
          y,
          "survey-index-" + index,
          "{type: survey, survey: " + SURVEY + ", index: " + index + "}",
          "",
          "{rule: improve_every_period}",
          publishes);
    }
    for (int q = 0; q < 7; q++) {
      indicator(
          y,
          "survey-question-" + q,
          "{type: survey, survey: " + SURVEY + ", question: " + SCALES[q] + "}",
          "",
          q % 2 == 0 ? "{rule: stable_or_improve}" : "{rule: threshold, value: 3.5}",
          publishes);
    }
    return y.toString();
  }

  private static void goal(StringBuilder y, String id, String title) {
    y.append("  - id: ").append(id).append('\n');
    y.append("    title: ").append(title).append('\n');
    y.append("    indicators:\n");
  }

  private static void indicator(
      StringBuilder y, String id, String source, String baseline, String target) {
    indicator(y, id, source, baseline, target, "{calendar: annual, day: 03-15, lag: 1}");
  }

  private static void indicator(
      StringBuilder y, String id, String source, String baseline, String target, String pub) {
    y.append("      - id: ").append(id).append('\n');
    y.append("        name: Indicator ").append(id).append('\n');
    y.append("        source: ").append(source).append('\n');
    y.append(baseline);
    y.append("        target: ").append(target).append('\n');
    y.append("        publishes: ").append(pub).append('\n');
  }

  private static String series(String measure, boolean table, String region) {
    return "{type: series, office: SSB, "
        + (table ? "table: BENCH1, " : "")
        + "measure: "
        + measure
        + ", region: \""
        + region
        + "\"}";
  }

  private static String inputSeries(String measure, String region) {
    return "{office: SSB, table: BENCH1, measure: " + measure + ", region: \"" + region + "\"}";
  }

  /**
   * The cycle's responses and their 12 answers: the eight scale questions 1..6 (5 % don't know)
   * leaning {@code lean} × 0.05 points higher per cycle, the yes/no permit question and the three
   * background answers (industry and size make the strata).
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
              + " select id, (array['"
              + String.join("','", SCALES)
              + "'])[q], 0,"
              + " case when r < 0.05 then null else least(6, 1 + floor(random() * 5.6 + "
              + (lean * 0.05)
              + ")) end, null, r < 0.05"
              + " from (select id, q, random() as r from bench_ids, generate_series(1, "
              + SCALES.length
              + ") q) x");
      background(s, "permit_applied", new String[] {"yes", "no"}, "(g / 36) % 2");
      background(s, "industry", INDUSTRIES, "g % 4");
      background(s, "size", SIZES, "(g / 4) % 3");
      background(s, "years", new String[] {"0-2", "3-9", "10+"}, "(g / 12) % 3");
    }
    db.commit();
    db.setAutoCommit(true);
    try (var s = db.createStatement()) {
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

  /** Cold: the first request after a server start; warm: rounds of further requests. */
  private static void measure(URI base) throws Exception {
    int repeats = Integer.parseInt(property("bench.repeats", "50"));
    int rounds = Integer.parseInt(property("bench.rounds", "3"));
    Api viewer = Api.viewer(base.toURL());
    String path = "/api/plans/" + PLAN + "/scorecard";
    long start = System.nanoTime();
    var first = viewer.get(path);
    double cold = (System.nanoTime() - start) / 1e6;
    check(first, 200);
    log(
        "scorecard of %s: %d indicators, body %.0f KB; statuses of goals and indicators: %s",
        PLAN,
        count(first.body(), "\"kind\":"),
        first.body().length() / 1024.0,
        statuses(first.body()));
    System.out.println();
    System.out.println("round |  cold ms | warm n |  p50 ms |  p95 ms |  max ms");
    for (int round = 1; round <= rounds; round++) {
      double[] warm = new double[repeats];
      for (int i = 0; i < repeats; i++) {
        long t = System.nanoTime();
        var reply = viewer.get(path);
        warm[i] = (System.nanoTime() - t) / 1e6;
        check(reply, 200);
        if (!reply.body().equals(first.body())) {
          throw new IllegalStateException("A warm scorecard differs from the cold one");
        }
      }
      Arrays.sort(warm);
      System.out.printf(
          Locale.ROOT,
          "%5d | %8s | %6d | %7.1f | %7.1f | %7.1f%n",
          round,
          round == 1 ? String.format(Locale.ROOT, "%.0f", cold) : "",
          repeats,
          warm[(repeats - 1) / 2],
          warm[(int) Math.ceil(repeats * 0.95) - 1],
          warm[repeats - 1]);
    }
    Files.writeString(Path.of("target", "bench-scorecard.json"), first.body());
  }

  private static int count(String text, String what) {
    int n = 0;
    for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
      n++;
    }
    return n;
  }

  private static String statuses(String body) {
    List<String> found = new ArrayList<>();
    var m = java.util.regex.Pattern.compile("\"status\":\"([A-Za-z_]+)\"").matcher(body);
    java.util.Map<String, Integer> counts = new java.util.TreeMap<>();
    while (m.find()) {
      counts.merge(m.group(1), 1, Integer::sum);
    }
    counts.forEach((k, v) -> found.add(k + " " + v));
    return String.join(", ", found);
  }

  private static void log(String format, Object... args) {
    System.out.printf(Locale.ROOT, format + "%n", args);
  }

  private static String property(String name, String fallback) {
    return System.getProperty(name, fallback);
  }
}
