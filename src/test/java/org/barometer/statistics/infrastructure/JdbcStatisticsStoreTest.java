package org.barometer.statistics.infrastructure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.barometer.shared.Country;
import org.barometer.statistics.application.DatasetMapping;
import org.barometer.statistics.application.ImportSummary;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.barometer.statistics.application.importer.px.PxParser;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The store on H2 with the real migrations, one fresh database per test. Expected counts and values
 * are read by hand from the fixture files: SSB 12191 (5 measures × 9 municipalities × 2018–2020,
 * 135 cells, 43 with a value, 90 '.', one ':' and one '..') and SCB TAB005 (291 regions × 11 land
 * uses × 1 measure × 2010, 2015: 6,402 cells, 107 '..').
 */
class JdbcStatisticsStoreTest {

  private static final String SSB_12191 =
      "/official-stats/ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json";
  private static final String SCB_TAB005 =
      "/official-stats/scb/scb-TAB005-land-use-by-municipality-2lang.px";
  private static final AtomicInteger DATABASES = new AtomicInteger();

  private JdbcDataSource h2;
  private JdbcStatisticsStore store;

  @BeforeEach
  void database() {
    h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:stats"
            + DATABASES.incrementAndGet()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    store = new JdbcStatisticsStore(h2);
  }

  @Test
  void storesKostraTableWithItsMissingCells() throws Exception {
    Dataset kostra = StatisticsFixtures.parse(new JsonStatParser(), SSB_12191, null);

    ImportSummary summary = store.store(kostra, DatasetMapping.guess(kostra, Country.NO), "SSB");

    assertEquals(
        new ImportSummary(135, 135, 0, 0, Map.of(".", 90L, ":", 1L, "..", 1L), 5, 9, 3), summary);
    assertEquals(1, count("select count(*) from stat_table where table_code = '12191'"));
    assertEquals(5, count("select count(*) from stat_series where variant_key = ''"));
    assertEquals(9, count("select count(*) from stat_region where country = 'NO'"));
    assertEquals(135, count("select count(*) from stat_observation"));
    assertEquals(43, count("select count(*) from stat_observation where number_value is not null"));
    assertEquals("Drammen", text("select name from stat_region where code = '3005'"));
    assertEquals("MUNICIPALITY", text("select kind from stat_region where code = '3039'"));
    // cell 2: avtalehjemler, 3002 Moss, 2020
    assertEquals("20.0", cell("KOSavtalehjemler0001", "3002", "2020", "number_value"));
    assertEquals("YEAR", cell("KOSavtalehjemler0001", "3002", "2020", "period_kind"));
    // cell 56: ergoterapeuter (årsverk, one decimal), 3002 Moss, 2020
    assertEquals("13.5", cell("KOSergoaarsverk0000", "3002", "2020", "number_value"));
    assertEquals(
        "årsverk 1",
        text(
            "select unit || ' ' || decimals from stat_series"
                + " where measure_code = 'KOSergoaarsverk0000'"));
    // cell 53: hjemmebesøk, 3039 Flå, 2020 is confidential
    assertNull(cell("KOShjemmebesokjo0000", "3039", "2020", "number_value"));
    assertEquals(":", cell("KOShjemmebesokjo0000", "3039", "2020", "status"));
    assertEquals("..", cell("KOSergoaarsverk0000", "3039", "2020", "status"));
  }

  @Test
  void importingTheSameTableAgainChangesNothing() throws Exception {
    Dataset kostra = StatisticsFixtures.parse(new JsonStatParser(), SSB_12191, null);
    DatasetMapping mapping = DatasetMapping.guess(kostra, Country.NO);
    store.store(kostra, mapping, "SSB");

    ImportSummary again = store.store(kostra, mapping, "SSB");

    assertEquals(135, again.unchanged());
    assertEquals(0, again.added() + again.revised());
    assertEquals(135, count("select count(*) from stat_observation"));
    assertEquals(5, count("select count(*) from stat_series"));
    assertEquals(9, count("select count(*) from stat_region"));
    assertEquals(0, count("select count(*) from stat_observation_history"));
  }

  @Test
  void aRevisedFigureReplacesTheOldOneWhichGoesToHistory() throws Exception {
    Dataset march = StatisticsFixtures.parse(new JsonStatParser(), SSB_12191, null);
    DatasetMapping mapping = DatasetMapping.guess(march, Country.NO);
    store.store(march, mapping, "SSB");
    double[] revisedValues = march.values().clone();
    revisedValues[56] = 14.0; // ergoterapeuter, Moss, 2020: 13.5 in March
    Dataset june = StatisticsFixtures.withValues(march, revisedValues);

    ImportSummary summary = store.store(june, mapping, "SSB");

    assertEquals(1, summary.revised());
    assertEquals(134, summary.unchanged());
    assertEquals(0, summary.added());
    assertEquals("14.0", cell("KOSergoaarsverk0000", "3002", "2020", "number_value"));
    assertEquals(1, count("select count(*) from stat_observation_history"));
    assertEquals(
        "13.5 2020",
        text(
            "select h.number_value || ' ' || h.period from stat_observation_history h"
                + " join stat_series s on s.id = h.series_id"
                + " join stat_region r on r.id = h.region_id"
                + " where s.measure_code = 'KOSergoaarsverk0000' and r.code = '3002'"));
  }

  @Test
  void kostraAccountsHaveOneSeriesPerFixedCategoryCombination() throws Exception {
    Dataset accounts =
        StatisticsFixtures.parse(
            new JsonStatParser(),
            "/official-stats/ssb/ssb-12367-kostra-regnskap-jsonstat2.json",
            null);

    ImportSummary summary =
        store.store(accounts, DatasetMapping.guess(accounts, Country.NO), "SSB");

    // regnskapsomfang 2 × funksjon 5 × art 5 × ContentsCode 1
    assertEquals(50, summary.series());
    assertEquals(50, count("select count(*) from stat_series"));
    assertEquals(1250, count("select count(*) from stat_observation"));
    assertEquals(
        "COUNTRY Landet", text("select kind || ' ' || name from stat_region where code = 'NO'"));
    assertEquals("GROUP", text("select kind from stat_region where code = 'EKG16'"));
    assertEquals("OTHER", text("select kind from stat_region where code = 'EAKUO'"));
    // cells 0 and 1: the country (EAK), A, 100 Politisk styring, AGD4, 2015 and 2016
    assertEquals(
        "1943974.0 1824423.0",
        text(
            "select string_agg(cast(o.number_value as varchar), ' ' order by o.period)"
                + " from stat_observation o join stat_series s on s.id = o.series_id"
                + " join stat_region r on r.id = o.region_id"
                + " where s.variant_key = 'KOKregnskapsomfa0000=A|KOKfunksjon0000=100|KOKart0000=AGD4'"
                + " and r.code = 'NO' and o.period in ('2015', '2016')"));
  }

  @Test
  void storesScbPxTableWithCountryAndMunicipalities() throws Exception {
    Dataset landUse = StatisticsFixtures.parse(new PxParser(), SCB_TAB005, "sv");

    ImportSummary summary = store.store(landUse, DatasetMapping.guess(landUse, Country.SE), "SCB");

    assertEquals(new ImportSummary(6402, 6402, 0, 0, Map.of("..", 107L), 11, 291, 2), summary);
    assertEquals(11, count("select count(*) from stat_series where measure_code = 'Landuse'"));
    assertEquals(290, count("select count(*) from stat_region where kind = 'MUNICIPALITY'"));
    assertEquals(
        "Riket", text("select name from stat_region where country = 'SE' and code = 'SE'"));
    assertEquals("Kiruna", text("select name from stat_region where code = '2584'"));
    assertEquals(6402, count("select count(*) from stat_observation"));
    assertEquals("2633457.0", landUse("LANDUSECLASS=11", "SE", "2010"));
    assertEquals("2590052.0", landUse("LANDUSECLASS=11", "SE", "2015"));
    assertEquals("1271.0", landUse("LANDUSECLASS=11", "0114", "2015"));
    assertEquals("1915537.0", landUse("LANDUSECLASS=911", "2584", "2015"));
    assertNull(landUse("LANDUSECLASS=3227", "0123", "2010")); // ".." in the file
    assertEquals("2.0", landUse("LANDUSECLASS=3227", "0123", "2015"));
  }

  @Test
  void regionCodesThatAreNotNorwegianOrSwedishAreRefusedAndNothingIsStored() throws Exception {
    Dataset finnish =
        StatisticsFixtures.table(
            "11s5",
            List.of(Category.of("KU020", "Akaa"), Category.of("KU005", "Alajärvi")),
            new String[] {null, null});

    ImportException refused =
        assertThrows(
            ImportException.class,
            () -> store.store(finnish, DatasetMapping.guess(finnish, Country.NO), "SF"));

    assertTrue(refused.location().contains("KU020"), refused.getMessage());
    assertEmpty();
  }

  @Test
  void aFailureHalfWayRollsBackEverything() throws Exception {
    // a constraint the store cannot know of refuses the second cell's status, so the database
    // fails after the table, series and regions are written (statuses too long for their column
    // are refused before the database, by StoredLimits)
    try (var c = h2.getConnection();
        var s = c.createStatement()) {
      s.execute("alter table stat_observation add constraint test_no_x check (status <> 'x')");
    }
    Dataset broken =
        StatisticsFixtures.table(
            "99999",
            List.of(Category.of("3001", "Halden"), Category.of("3002", "Moss")),
            new String[] {null, "x"});

    assertThrows(
        IllegalStateException.class,
        () -> store.store(broken, DatasetMapping.guess(broken, Country.NO), "SSB"));

    assertEmpty();
  }

  @Test
  void aStatusTooLongForItsColumnIsRefusedBeforeTheDatabaseNamingTheCell() throws Exception {
    Dataset broken =
        StatisticsFixtures.table(
            "99998",
            List.of(Category.of("3001", "Halden"), Category.of("3002", "Moss")),
            new String[] {null, "far too long a status"});

    ImportException e =
        assertThrows(
            ImportException.class,
            () -> store.store(broken, DatasetMapping.guess(broken, Country.NO), "SSB"));

    assertEquals("cell 2", e.location());
    assertTrue(e.problem().contains("21 characters, more than the 10"), e.problem());
    assertEmpty();
  }

  private void assertEmpty() throws SQLException {
    for (String table :
        List.of(
            "stat_table",
            "stat_series",
            "stat_region",
            "stat_observation",
            "stat_observation_history")) {
      assertEquals(0, count("select count(*) from " + table), table);
    }
  }

  private String cell(String measure, String region, String period, String column)
      throws SQLException {
    return text(
        "select o."
            + column
            + " from stat_observation o join stat_series s on s.id = o.series_id"
            + " join stat_region r on r.id = o.region_id"
            + " where s.measure_code = '"
            + measure
            + "' and r.code = '"
            + region
            + "' and o.period = '"
            + period
            + "'");
  }

  private String landUse(String variant, String region, String period) throws SQLException {
    return text(
        "select o.number_value from stat_observation o join stat_series s on s.id = o.series_id"
            + " join stat_region r on r.id = o.region_id"
            + " where s.variant_key = '"
            + variant
            + "' and r.code = '"
            + region
            + "' and o.period = '"
            + period
            + "'");
  }

  private long count(String sql) throws SQLException {
    return Long.parseLong(text(sql));
  }

  private String text(String sql) throws SQLException {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      assertTrue(rs.next(), sql);
      String value = rs.getString(1);
      assertTrue(!rs.next(), "more than one row: " + sql);
      return value;
    }
  }
}
