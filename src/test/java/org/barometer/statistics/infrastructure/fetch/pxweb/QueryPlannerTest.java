package org.barometer.statistics.infrastructure.fetch.pxweb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.barometer.statistics.application.importer.DimensionRole;
import org.junit.jupiter.api.Test;

/** Expected part counts are worked out by hand in each test's comment. */
class QueryPlannerTest {

  private static final long SSB = PxWebOffice.ssb().maxCells();
  private static final long SCB = PxWebOffice.scb().maxCells();

  private static TableMetadata.Variable variable(String code, DimensionRole role, int size) {
    List<String> values = IntStream.range(0, size).mapToObj(i -> code + i).toList();
    return new TableMetadata.Variable(code, code, role, values, false);
  }

  private static TableMetadata table(TableMetadata.Variable... variables) {
    return new TableMetadata("T", "test", null, List.of(variables));
  }

  /** SCB's whole TAB6471: 312 regions, 134 ages, 3 sexes, 1 measure, 16 months. */
  private static final TableMetadata TAB6471 =
      table(
          variable("Region", DimensionRole.GEO, 312),
          variable("Alder", DimensionRole.OTHER, 134),
          variable("Kon", DimensionRole.OTHER, 3),
          variable("ContentsCode", DimensionRole.METRIC, 1),
          variable("Tid", DimensionRole.TIME, 16));

  private static void assertCover(TableMetadata t, List<SubQuery> parts, long max) {
    long total =
        t.variables().stream().mapToLong(TableMetadata.Variable::size).reduce(1, (a, b) -> a * b);
    assertEquals(total, parts.stream().mapToLong(SubQuery::cells).sum());
    parts.forEach(p -> assertTrue(p.cells() <= max, p.cells() + " > " + max));
  }

  @Test
  void scbsWholeTab6471IsSplitByRegionIn21Parts() {
    // 312*134*3*1*16 = 2,006,784 cells; without regions 6,432 a region; 100,000 / 6,432 = 15
    // regions a part; 312 / 15 = 20.8, so 21 parts: 20 of 15 regions and one of 12.
    List<SubQuery> parts = QueryPlanner.plan(TAB6471, TableQuery.of("TAB6471", "sv"), SCB);
    assertEquals(21, parts.size());
    assertEquals(15 * 6_432, parts.get(0).cells());
    assertEquals(12 * 6_432, parts.get(20).cells());
    assertCover(TAB6471, parts, SCB);
    assertEquals(List.of("Region0", "Region1"), parts.get(0).codes().get("Region").subList(0, 2));
    assertTrue(parts.get(0).valueCodesParameters().contains("valueCodes%5BAlder%5D=*"));
    assertTrue(
        parts.get(0).valueCodesParameters().startsWith("valueCodes%5BRegion%5D=Region0,Region1,"));
  }

  @Test
  void atSsbsLimitTheSameTableNeedsThreeParts() {
    // 800,000 / 6,432 = 124 regions a part; 312 = 124 + 124 + 64
    List<SubQuery> parts = QueryPlanner.plan(TAB6471, TableQuery.of("TAB6471", "sv"), SSB);
    assertEquals(
        List.of(124 * 6_432L, 124 * 6_432L, 64 * 6_432L),
        parts.stream().map(SubQuery::cells).toList());
  }

  @Test
  void timeIsSplitBeforeALargerOrdinaryVariable() {
    // Tid 40 * Alder 134 * Kon 3 = 16,080 cells; limit 10,000. Time first: 402 cells a period,
    // 10,000 / 402 = 24 periods a part, so 2 parts (24 and 16 periods); Alder stays whole.
    TableMetadata t =
        table(
            variable("Alder", DimensionRole.OTHER, 134),
            variable("Kon", DimensionRole.OTHER, 3),
            variable("Tid", DimensionRole.TIME, 40));
    List<SubQuery> parts = QueryPlanner.plan(t, TableQuery.of("T", null), 10_000);
    assertEquals(2, parts.size());
    assertEquals(24, parts.get(0).codes().get("Tid").size());
    assertEquals(16, parts.get(1).codes().get("Tid").size());
    assertTrue(parts.get(1).whole().contains("Alder"));
    assertCover(t, parts, 10_000);
  }

  @Test
  void whenOneRegionAndOnePeriodAreStillTooBigTheNextLargestVariableIsSplit() {
    // 10 regions * 1000 art * 1000 funksjon * 1 measure * 5 years = 50,000,000 cells.
    // Region: the rest is 5,000,000 > 800,000, so 1 region a part. Tid: the rest 1,000,000 >
    // 800,000, so 1 year a part. Art: the rest 1,000; 800,000 / 1,000 = 800 arts a part, 2 parts.
    // 10 * 5 * 2 = 100 parts of 800,000 or 200,000 cells.
    TableMetadata t =
        table(
            variable("Region", DimensionRole.GEO, 10),
            variable("Art", DimensionRole.OTHER, 1000),
            variable("Funksjon", DimensionRole.OTHER, 1000),
            variable("ContentsCode", DimensionRole.METRIC, 1),
            variable("Tid", DimensionRole.TIME, 5));
    List<SubQuery> parts = QueryPlanner.plan(t, TableQuery.of("T", null), SSB);
    assertEquals(100, parts.size());
    assertEquals(50, parts.stream().filter(p -> p.cells() == 800_000).count());
    assertEquals(50, parts.stream().filter(p -> p.cells() == 200_000).count());
    assertCover(t, parts, SSB);
    assertTrue(parts.stream().allMatch(p -> p.codes().get("Funksjon").size() == 1000));
  }

  @Test
  void theContentsVariableIsKeptWholeWhenAnotherCanBeSplit() {
    // 5 measures * 3 regions * 2 years = 30 cells, limit 10: regions first (the larger of the
    // two), 10 cells a region, so 3 parts, each with all 5 measures.
    TableMetadata t =
        table(
            variable("ContentsCode", DimensionRole.METRIC, 5),
            variable("Region", DimensionRole.GEO, 3),
            variable("Tid", DimensionRole.TIME, 2));
    List<SubQuery> parts = QueryPlanner.plan(t, TableQuery.of("T", null), 10);
    assertEquals(3, parts.size());
    parts.forEach(p -> assertEquals(5, p.codes().get("ContentsCode").size()));
  }

  @Test
  void theContentsVariableIsSplitOnlyWhenNothingElseIsLeft() {
    // 50 measures * 1 year, limit 10: 5 parts of 10 measures
    TableMetadata t =
        table(
            variable("ContentsCode", DimensionRole.METRIC, 50),
            variable("Tid", DimensionRole.TIME, 1));
    assertEquals(5, QueryPlanner.plan(t, TableQuery.of("T", null), 10).size());
  }

  @Test
  void selectionsAreResolvedToCodesInTheTablesOrder() {
    TableMetadata t =
        table(variable("Region", DimensionRole.GEO, 5), variable("Tid", DimensionRole.TIME, 10));
    TableQuery q =
        TableQuery.of("T", "en")
            .with("Region", ValueSelection.codes("Region3", "Region1"))
            .with("Tid", ValueSelection.latest(3));
    List<SubQuery> parts = QueryPlanner.plan(t, q, SSB);
    assertEquals(1, parts.size());
    assertEquals(6, parts.get(0).cells());
    assertEquals(
        "valueCodes%5BRegion%5D=Region1,Region3&valueCodes%5BTid%5D=Tid7,Tid8,Tid9",
        parts.get(0).valueCodesParameters());
    TableQuery from = TableQuery.of("T", "en").with("Tid", ValueSelection.from("Tid8"));
    assertEquals(
        List.of("Tid8", "Tid9"), QueryPlanner.plan(t, from, SSB).get(0).codes().get("Tid"));
  }

  @Test
  void unknownVariablesAndValuesAreRefusedByName() {
    TableMetadata t =
        table(variable("Region", DimensionRole.GEO, 2), variable("Tid", DimensionRole.TIME, 2));
    IllegalArgumentException noVariable =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                QueryPlanner.plan(
                    t, TableQuery.of("T", null).with("Kon", ValueSelection.all()), SSB));
    assertEquals("Table T has no variable Kon; it has Region, Tid", noVariable.getMessage());
    IllegalArgumentException noValue =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                QueryPlanner.plan(
                    t, TableQuery.of("T", null).with("Region", ValueSelection.codes("0114")), SSB));
    assertEquals("Variable Region has no value 0114", noValue.getMessage());
  }
}
