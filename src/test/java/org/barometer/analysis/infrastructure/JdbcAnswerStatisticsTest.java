package org.barometer.analysis.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.IndexItems;
import org.barometer.analysis.domain.PairedSums;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The counting SQL on H2 with the real migrations (PostgreSQL runs the same SQL in the integration
 * tests). Four responses, written out below; every expected count and index value is worked out by
 * hand from them.
 */
class JdbcAnswerStatisticsTest {

  private static final BackgroundQuestions BACKGROUND =
      new BackgroundQuestions("industry", "size", null);
  private static JdbcAnswerStatistics statistics;

  @BeforeAll
  static void database() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:counts;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute(
          "insert into survey values (1, 's', 'S', 'business-climate', 7, current_timestamp)");
      for (long cycle : new long[] {10, 11}) {
        s.execute(
            "insert into survey_cycle (id, survey_id, label, status, template_code,"
                + " template_version, template_text) values ("
                + cycle
                + ", 1, 'c"
                + cycle
                + "', 'OPEN', 't', 1, 'x')");
      }
      // r1: industry C, size 0-4; q1 = 6, q2 = 4; r2: C, 0-4; q1 = 1, q2 don't know;
      // r3: G, no size; q1 = 6, q2 = 2, multiple choice a and b; r4: no background; q2 = 3.
      // r9 belongs to another cycle and must never be counted.
      response(
          s,
          "r1",
          10,
          "('industry',0,null,'C',false),('size',0,null,'0-4',false),"
              + "('q1',0,6,null,false),('q2',0,4,null,false)");
      response(
          s,
          "r2",
          10,
          "('industry',0,null,'C',false),('size',0,null,'0-4',false),"
              + "('q1',0,1,null,false),('q2',0,null,null,true)");
      response(
          s,
          "r3",
          10,
          "('industry',0,null,'G',false),('q1',0,6,null,false),"
              + "('q2',0,2,null,false),('m',0,null,'a',false),('m',1,null,'b',false)");
      response(s, "r4", 10, "('q2',0,3,null,false)");
      response(s, "r9", 11, "('industry',0,null,'C',false),('q1',0,6,null,false)");
    }
    statistics = new JdbcAnswerStatistics(h2);
  }

  private static void response(Statement s, String id, long cycle, String answers)
      throws SQLException {
    s.execute("insert into response values ('" + id + "', " + cycle + ", 'WEB')");
    s.execute(
        "insert into answer (response_id, question_code, ordinal, number_value, choice,"
            + " dont_know) select '"
            + id
            + "', q, o, v, c, d from (values "
            + answers
            + ") as t(q, o, v, c, d)");
  }

  private static Map<String, Long> byKey(List<CellCount> cells) {
    Map<String, Long> counts = new TreeMap<>();
    for (CellCount cell : cells) {
      Background b = cell.background();
      String answer =
          cell.dontKnow() ? "dk" : cell.value() != null ? "" + cell.value() : cell.choice();
      counts.merge(
          cell.item() + " " + b.industry() + "/" + b.size() + "/" + b.years() + " " + answer,
          cell.count(),
          Long::sum);
    }
    return counts;
  }

  @Test
  void countsEachAnswerByItemBackgroundAndValue() {
    var cells = statistics.questionCells(10, BACKGROUND, List.of("q1", "q2", "m"));
    assertEquals(
        new TreeMap<>(
            Map.ofEntries(
                Map.entry("q1 C/0-4/null 6.0", 1L),
                Map.entry("q1 C/0-4/null 1.0", 1L),
                Map.entry("q1 G/null/null 6.0", 1L),
                Map.entry("q2 C/0-4/null 4.0", 1L),
                Map.entry("q2 C/0-4/null dk", 1L),
                Map.entry("q2 G/null/null 2.0", 1L),
                Map.entry("q2 null/null/null 3.0", 1L),
                Map.entry("m G/null/null a", 1L),
                Map.entry("m G/null/null b", 1L))),
        byKey(cells));
  }

  @Test
  void equalAnswersInOneGroupAreCountedTogether() {
    var cells =
        statistics.questionCells(10, new BackgroundQuestions(null, null, null), List.of("q1"));
    assertEquals(Map.of("q1 null/null/null 6.0", 2L, "q1 null/null/null 1.0", 1L), byKey(cells));
  }

  @Test
  void indexValuesAreComputedPerRespondentFromTheWeights() {
    // Index over q1 (weight 2) and q2 (weight 1), both 1..6, at least 50 % of the weight (1.5):
    // r1: (2·(6−1)/5 + 1·(4−1)/5)/3 × 100 = (2 + 0.6)/3 × 100 = 86.666666667
    // r2: q2 don't know; q1 alone has weight 2 ≥ 1.5: (1−1)/5 × 100 = 0
    // r3: (2·1 + 1·0.2)/3 × 100 = 73.333333333
    // r4: q2 alone has weight 1 < 1.5: no index value
    var index = new IndexItems("ix", Map.of("q1", 2.0, "q2", 1.0), Map.of("q1", 6, "q2", 6), 1.5);
    var cells = statistics.indexCells(10, BACKGROUND, List.of(index));
    assertEquals(
        Map.of(
            "ix C/0-4/null 86.666666667", 1L,
            "ix C/0-4/null 0.0", 1L,
            "ix G/null/null 73.333333333", 1L),
        byKey(cells));
  }

  @Test
  void pairsEachDriverWithTheIndexItDrives() {
    // driver "d" = q2 alone, driven "o" = q1 alone (both 1..6, any answer counts):
    // r1: d = (4−1)/5·100 = 60, o = 100; r3: d = 20, o = 100; r2 (q2 don't know) and r4 (no q1)
    // have no pair. n = 2, Σd = 80, Σo = 200, Σd² = 4000, Σo² = 20000, Σdo = 8000.
    var driver = new IndexItems("d", Map.of("q2", 1.0), Map.of("q2", 6), 1.0);
    var driven = new IndexItems("o", Map.of("q1", 1.0), Map.of("q1", 6), 1.0);
    var sums = statistics.pairedWith(10, List.of(driver), driven);
    assertEquals(Map.of("d", new PairedSums(2, 80, 200, 4000, 20000, 8000)), sums);
  }
}
