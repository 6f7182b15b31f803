package org.barometer.statistics.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.statistics.application.importer.Category;
import org.barometer.statistics.application.importer.Dataset;
import org.barometer.statistics.application.importer.Dimension;
import org.barometer.statistics.application.importer.DimensionRole;
import org.barometer.statistics.application.importer.ImportException;
import org.barometer.statistics.application.importer.jsonstat.JsonStatParser;
import org.junit.jupiter.api.Test;

/**
 * The mapping on SSB 12367 (KOSTRA accounts: region 5 × regnskapsomfang 2 × funksjon 5 × art 5 ×
 * ContentsCode 1 × Tid 5 = 1,250 cells, 50 series), and the refusals.
 */
class MappedTableTest {

  private static Dataset kostra() throws Exception {
    String resource = "/official-stats/ssb/ssb-12367-kostra-regnskap-jsonstat2.json";
    try (InputStream in = MappedTableTest.class.getResourceAsStream(resource)) {
      return new JsonStatParser().parse(resource, in, null).get(0);
    }
  }

  @Test
  void guessesRegionByNameWhenTheFileGivesNoGeoRole() throws Exception {
    assertEquals(
        new DatasetMapping("KOKkommuneregion0000", "Tid", "ContentsCode", Country.NO),
        DatasetMapping.guess(kostra(), Country.NO));
  }

  @Test
  void everyCombinationOfTheOtherDimensionsWithAMeasureIsOneSeries() throws Exception {
    Dataset d = kostra();
    MappedTable table = MappedTable.of(d, DatasetMapping.guess(d, Country.NO));

    assertEquals(50, table.series().size());
    assertEquals(
        new SeriesDescription(
            "KOSbelop0000",
            "Beløp (1000 kr)",
            null,
            null,
            "KOKregnskapsomfa0000=A|KOKfunksjon0000=100|KOKart0000=AGD4",
            "regnskapsomfang: Kommuner/fylkeskommuner, funksjon: Politisk styring,"
                + " art: Korrigerte brutto driftsutgifter på funksjon/tjenesteområde"),
        withoutUnit(table.series().get(0)));
    assertEquals(
        List.of("NO", "EAKUO", "3001", "EKG16", "EKG17"),
        table.regions().stream().map(r -> r.code()).toList());
    assertEquals(Period.year(2020), table.periods().get(4));

    // the last cell: EKG17 (region 4), B, FGK9, AGD28, 2020
    // series = B (1) × 25 + FGK9 (4) × 5 + AGD28 (4) = 49
    int[][] cells = new int[1250][];
    table.forEachCell((i, s, r, p) -> cells[i] = new int[] {s, r, p});
    assertTrue(java.util.Arrays.stream(cells).allMatch(c -> c != null), "every cell visited");
    assertEquals(List.of(0, 0, 0), List.of(cells[0][0], cells[0][1], cells[0][2]));
    // the last cell: EKG17 (region 4), B, FGK9, AGD28, 2020:
    // series = B (1) × 25 + FGK9 (4) × 5 + AGD28 (4) = 49
    assertEquals(List.of(49, 4, 4), List.of(cells[1249][0], cells[1249][1], cells[1249][2]));
    // cell 256 = region 1 (EAKUO, 250 cells per region), A, 100, AGD10 (art 1: 5 cells), 2016
    assertEquals(List.of(1, 1, 1), List.of(cells[256][0], cells[256][1], cells[256][2]));
  }

  @Test
  void withoutATimeDimensionTheTableIsRefused() throws Exception {
    Dataset d = kostra();
    ImportException e =
        assertThrows(
            ImportException.class,
            () -> MappedTable.of(d, DatasetMapping.guess(d, Country.NO).withTime(null)));
    assertTrue(e.problem().contains("no time dimension"), e.getMessage());
  }

  @Test
  void aPeriodCodeThatIsNotAPeriodIsRefusedByName() {
    Dataset d = small(List.of(Category.of("3001", "Halden")), "2021H3");
    ImportException e =
        assertThrows(
            ImportException.class, () -> MappedTable.of(d, DatasetMapping.guess(d, Country.NO)));
    assertEquals("dimension Tid, category 2021H3", e.location());
  }

  @Test
  void twoCodesForOneRegionAreRefused() {
    Dataset d =
        small(List.of(Category.of("3001", "Halden"), Category.of("K_3001", "Halden")), "2021");
    ImportException e =
        assertThrows(
            ImportException.class, () -> MappedTable.of(d, DatasetMapping.guess(d, Country.NO)));
    assertEquals("dimension region, category K_3001", e.location());
  }

  @Test
  void aTableWithoutRegionsIsAboutTheOfficesCountry() throws Exception {
    Dataset d = small(List.of(Category.of("3001", "Halden")), "2021");
    MappedTable table = MappedTable.of(d, new DatasetMapping(null, "Tid", null, Country.SE));
    assertEquals("SE", table.regions().get(0).code());
    assertEquals("T1", table.series().get(0).measureCode());
    assertEquals("region=3001", table.series().get(0).variantKey());
  }

  private static SeriesDescription withoutUnit(SeriesDescription s) {
    return new SeriesDescription(
        s.measureCode(), s.measureLabel(), null, null, s.variantKey(), s.variantLabel());
  }

  private static Dataset small(List<Category> regions, String period) {
    int n = regions.size();
    return new Dataset(
        "JSON-stat 2.0",
        "T1",
        "test",
        null,
        null,
        null,
        List.of(
            new Dimension("region", "region", DimensionRole.GEO, regions),
            new Dimension("Tid", "år", DimensionRole.TIME, List.of(Category.of(period, period)))),
        new double[n],
        new String[n],
        Map.of(),
        List.of());
  }
}
