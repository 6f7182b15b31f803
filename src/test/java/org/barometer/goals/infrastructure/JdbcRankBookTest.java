package org.barometer.goals.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.barometer.goals.application.RankEntry;
import org.barometer.goals.domain.Measurement;
import org.barometer.shared.Period;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/**
 * A rank is entered with the size of the field it was ranked in, kept on H2 with the real
 * migrations, and one that does not fit is refused.
 */
class JdbcRankBookTest {

  private static RankEntry rank(int rank, Integer of) {
    return new RankEntry(
        "NHO",
        "Kommune-NM",
        "",
        "KOSTRA group 11",
        "3907",
        "2024",
        rank,
        "NHO Kommune-NM 2024",
        LocalDate.of(2024, 6, 20),
        of);
  }

  @Test
  void theFieldSizeIsKeptAndARankOutsideItDoesNotFit() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:ranks;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    JdbcRankBook book = new JdbcRankBook(h2);

    book.enter(rank(3, 10));
    List<RankEntry> read = book.of("3907");
    assertEquals(1, read.size());
    assertEquals(10, read.get(0).fieldSize());
    book.enter(rank(4, null));
    assertNull(book.of("3907").get(0).fieldSize());

    // KOSTRA group 11 has 10 members: rank 14 within it cannot be
    assertFalse(rank(14, 10).fitsField());
    assertTrue(rank(10, 10).fitsField());
    assertTrue(rank(14, null).fitsField());
    assertThrows(
        IllegalArgumentException.class,
        () -> Measurement.rank(Period.year(2024), 14, "x", LocalDate.of(2024, 6, 20), 10));
  }
}
