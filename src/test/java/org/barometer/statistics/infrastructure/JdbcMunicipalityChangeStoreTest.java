package org.barometer.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The fetched change list on H2 with the real migrations. */
class JdbcMunicipalityChangeStoreTest {

  private JdbcMunicipalityChangeStore store;

  @BeforeEach
  void migrated() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:changes"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    store = new JdbcMunicipalityChangeStore(h2);
  }

  @Test
  void aFetchReplacesTheOneBefore() {
    assertEquals(List.of(), store.fetched());
    assertEquals(Optional.empty(), store.fetchedAt());
    Instant first = Instant.parse("2026-03-20T06:00:00Z");
    store.replace(
        List.of(
            new CodeChange("1507", "1580", 2024),
            new CodeChange("1507", "1508", 2024),
            new CodeChange("1534", "1507", 2020),
            new CodeChange("1534", "1507", 2020)),
        first);
    // in year, new code, old code order; the repeated row stored once
    assertEquals(
        List.of(
            new CodeChange("1534", "1507", 2020),
            new CodeChange("1507", "1508", 2024),
            new CodeChange("1507", "1580", 2024)),
        store.fetched());
    assertEquals(Optional.of(first), store.fetchedAt());

    Instant second = Instant.parse("2027-01-05T06:00:00Z");
    store.replace(List.of(new CodeChange("0710", "3804", 2020)), second);
    assertEquals(List.of(new CodeChange("0710", "3804", 2020)), store.fetched());
    assertEquals(Optional.of(second), store.fetchedAt());
  }
}
