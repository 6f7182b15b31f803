package org.barometer.analysis.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.CountsArchive.Counts;
import org.barometer.analysis.domain.PairedSums;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Kept counts come back exactly as they were kept, and keeping again replaces them. */
class JdbcCountsArchiveTest {

  private static JdbcCountsArchive archive;

  @BeforeAll
  static void database() throws SQLException {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:archive;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute("insert into survey values (1, 's', 'S', 't', 7, current_timestamp)");
      s.execute(
          "insert into survey_cycle (id, survey_id, label, status, template_code,"
              + " template_version, template_text) values (10, 1, '2025', 'CLOSED', 't', 1, 'x')");
    }
    archive = new JdbcCountsArchive(h2);
  }

  @Test
  void keptCountsComeBackAsKept() {
    Counts counts =
        new Counts(
            List.of(
                new CellCount("q1", new Background("C", "0-4", null), 4.0, null, false, 12),
                new CellCount("q1", Background.NONE, null, null, true, 3),
                new CellCount("m", new Background(null, null, "10+"), null, "a", false, 7)),
            List.of(
                new CellCount("ix", new Background("G", null, null), 86.666666667, null, false, 2)),
            Map.of("nki", Map.of("information", new PairedSums(2, 80, 200, 4000, 20000, 8000))));
    assertTrue(archive.load(10).isEmpty(), "nothing kept yet");
    archive.save(10, counts);
    assertEquals(counts, archive.load(10).orElseThrow());

    Counts fewer = new Counts(counts.questionCells().subList(0, 1), List.of(), Map.of());
    archive.save(10, fewer);
    assertEquals(fewer, archive.load(10).orElseThrow(), "keeping again replaces, not adds");
  }
}
