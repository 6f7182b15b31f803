package org.barometer.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.barometer.shared.Country;
import org.barometer.statistics.FileMutations;
import org.barometer.statistics.FileMutations.Fixture;
import org.barometer.statistics.FileMutations.Mutant;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.barometer.statistics.infrastructure.JdbcStatisticsCatalogue;
import org.barometer.statistics.infrastructure.JdbcStatisticsStore;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of every real fixture, imported the whole way (parser, mapping, checks, and the
 * real store on an H2 database with the real migrations): each is stored, or refused with the
 * importer's own {@link ImportException}, and a refused one leaves every statistics table as it
 * was. Any other exception is what a user would see as a 500. The seed is fixed and printed, so a
 * failure can be replayed; the figures are printed for the record.
 */
class ImportFuzzTest {

  /** Replay or widen a run with -Dfuzz.seed=... -Dfuzz.count=... */
  static final long SEED = Long.getLong("fuzz.seed", 20261202L);

  private static final int MUTANTS = Integer.getInteger("fuzz.count", 400);

  /** Every small import fixture, with the office the file is from where it does not say. */
  static final List<String> FIXTURES =
      List.of(
          "ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json",
          "ssb/ssb-12367-kostra-regnskap-jsonstat2.json",
          "ssb/ssb-08655-byggekostnadsindeks-jsonstat2.json",
          "ssb/ssb-07221-boligprisindeks-jsonstat2.json",
          "ssb/ssb-13861-lonn-gini-jsonstat2.json",
          "ssb/ssb-api-jsonstat1-bundle.json",
          "ssb/ssb-dataset-1120-salmon-export-jsonstat1-bundle.json",
          "ssb/ssb-06913-population-changes-municipalities-K_3001.px",
          "scb/scb-TAB6471-folkmangd-manad-v2-jsonstat2.json",
          "scb/scb-median-income-jsonstat2-malformed-updated.json",
          "scb/scb-HS0301-deaths-by-cause-jsonstat1-bundle.json",
          "scb/scb-BE0101A1-population-windows1252.px",
          "scb/scb-BE0101F1-migration-2lang-en-sv-officialstatistics.px",
          "scb/scb-BE0101F1-migration-3lang-en-sv-fi.px",
          "scb/scb-BE0101F1-migration-missing-value-symbols.px",
          "scb/scb-PR0101B3-cpi-2lang-hierarchy.px",
          "scb/scb-TAB005-land-use-by-municipality-2lang.px",
          "statfi/statfin-vaerak-befolkning-jsonstat2-sv.json",
          "statfi/statfin-kttav-117c-road-freight-3lang-iso8859-15.px",
          "statgl/statgl-SOXATI4-labour-force-3lang-utf8.px",
          "statgl/statgl-education-employment-jsonstat2.json",
          "jsonstat-org/oecd.json",
          "jsonstat-org/galicia.json",
          "jsonstat-org/collection.json",
          "jsonstat-org/oecd-canada-jsonstat1-bundle.json");

  @TempDir Path dir;

  @Test
  void everyDamagedFileIsStoredOrRefusedWithItsPlaceAndARefusedOneStoresNothing() throws Exception {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:fuzz;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;"
            + "DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    StatisticsImport imports =
        new StatisticsImport(new JdbcStatisticsStore(h2), new JdbcStatisticsCatalogue(h2));
    List<Fixture> fixtures = new ArrayList<>(FIXTURES.stream().map(Fixture::of).toList());
    fixtures.add(csv("ssb/ssb-12191-kostra-kommunehelse-jsonstat2.json"));
    for (Fixture f : fixtures) { // the originals first, so damaged ones meet stored tables
      try {
        imports.importFile(f.fileName(), write(f.fileName(), f.bytes()), request(f.fileName()));
      } catch (ImportException refused) {
        // jsonstat.org's, Finland's and Greenland's regions are not Nordic ones Barometer knows:
        // refused whole, and that is right; SSB's and SCB's must import
        assertFalse(request(f.fileName()).source() != null, refused.getMessage());
      }
    }

    List<Mutant> mutants = FileMutations.of(fixtures, SEED, MUTANTS);
    int imported = 0;
    int refused = 0;
    List<String> crashes = new ArrayList<>();
    List<String> stored = new ArrayList<>();
    long start = System.nanoTime();
    for (Mutant m : mutants) {
      Path file = write(m.fileName(), m.bytes());
      List<Long> before = counts(h2);
      try {
        imports.importFile(m.fileName(), file, request(m.fileName()));
        imported++;
      } catch (ImportException e) {
        refused++;
        assertTrue(e.getMessage().startsWith(e.fileName()), e.getMessage());
        assertTrue(e.problem() != null && !e.problem().isBlank(), m.name());
        if (!counts(h2).equals(before)) {
          stored.add(m.name() + ": " + e.getMessage());
        }
      } catch (Exception | StackOverflowError | OutOfMemoryError e) {
        crashes.add(m.name() + ": " + e);
      }
    }
    System.out.printf(
        "Import fuzz (unit, H2), seed %d: %d files tried, %d imported, %d refused, %d crashed,"
            + " %d refused but stored something, %d ms%n",
        SEED,
        mutants.size(),
        imported,
        refused,
        crashes.size(),
        stored.size(),
        (System.nanoTime() - start) / 1_000_000);
    crashes.forEach(c -> System.out.println("  crash: " + c));
    assertEquals(List.of(), crashes);
    assertEquals(List.of(), stored);
    assertEquals(mutants.size(), imported + refused);
  }

  /**
   * No office publishes the long CSV format, so the real cells of a JSON-stat file are written in
   * it (docs/statistics-csv.md): one row per cell, the status where the value is missing.
   */
  private static Fixture csv(String path) throws Exception {
    Fixture json = Fixture.of(path);
    Dataset d =
        new JsonStatParser()
            .parse(json.fileName(), new java.io.ByteArrayInputStream(json.bytes()), null)
            .get(0);
    MappedTable t = MappedTable.of(d, DatasetMapping.guess(d, Country.NO));
    StringBuilder csv = new StringBuilder("measure,region,period,value,status,region_label\n");
    t.forEachCell(
        (i, series, region, period) -> {
          double v = d.values()[i];
          csv.append(t.series().get(series).measureCode())
              .append(',')
              .append(t.regions().get(region).code())
              .append(',')
              .append(t.periods().get(period).code())
              .append(',')
              .append(Double.isNaN(v) ? "" : Double.toString(v))
              .append(',')
              .append(Double.isNaN(v) && d.status()[i] != null ? d.status()[i] : "")
              .append(",\"")
              .append(t.regionNames().get(region))
              .append("\"\n");
        });
    return new Fixture(
        json.fileName().replace(".json", ".csv"), csv.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** SSB's and SCB's files import as such; the others are read with their office guessed. */
  static ImportRequest request(String path) {
    if (path.contains("ssb-")) {
      return new ImportRequest("SSB", Country.NO, null, null, null, null, null);
    }
    if (path.contains("scb-")) {
      return new ImportRequest("SCB", Country.SE, "en", null, null, null, null);
    }
    return ImportRequest.guessed();
  }

  private Path write(String name, byte[] bytes) throws IOException {
    Path file = Files.createTempFile(dir, "mutant", name.replaceAll("[^A-Za-z0-9.]", "_"));
    Files.write(file, bytes);
    return file;
  }

  /** Rows of every table an import writes. */
  private static List<Long> counts(JdbcDataSource h2) throws SQLException {
    List<Long> counts = new ArrayList<>();
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      for (String table :
          List.of(
              "stat_table",
              "stat_series",
              "stat_region",
              "stat_observation",
              "stat_observation_history")) {
        try (ResultSet rs = s.executeQuery("select count(*) from " + table)) {
          rs.next();
          counts.add(rs.getLong(1));
        }
      }
      try (ResultSet rs = s.executeQuery("select max(imported_at) from stat_table")) {
        rs.next();
        counts.add(rs.getTimestamp(1) == null ? 0 : rs.getTimestamp(1).getTime());
      }
    }
    return counts;
  }
}
