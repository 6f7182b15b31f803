package org.barometer.goals.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.barometer.goals.domain.Direction;
import org.barometer.goals.domain.Indicator;
import org.barometer.goals.domain.IndicatorData;
import org.barometer.goals.domain.IndicatorSource;
import org.barometer.goals.domain.MeasurementLookup;
import org.barometer.goals.domain.Municipality;
import org.barometer.goals.domain.PlanReferenceException;
import org.barometer.goals.domain.Schedule;
import org.barometer.goals.domain.Target;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.application.RegionEntry;
import org.barometer.statistics.application.SeriesEntry;
import org.barometer.statistics.application.SeriesReader;
import org.barometer.statistics.application.StatisticsCatalogue;
import org.barometer.statistics.application.TableEntry;
import org.barometer.statistics.domain.Series;
import org.junit.jupiter.api.Test;

/**
 * A plan naming a table, a measure or (without a table) an ambiguous measure is an error in the
 * plan, never "not measured yet"; a series read carries its table's title as its source, so a
 * demonstration table's figures say what they are.
 */
class StoredMeasurementsTest {

  /** SSB 12191 (demonstration data) with one measure; two SSB tables both holding "employed". */
  private static final List<TableEntry> TABLES =
      List.of(
          new TableEntry(1, "SSB", "12191", "SSB 12191 (demonstration data)", null, null, null, 1),
          new TableEntry(2, "SSB", "13470", "Sysselsatte", null, null, null, 1),
          new TableEntry(3, "SSB", "07984", "Sysselsatte etter næring", null, null, null, 1));

  private static final List<SeriesEntry> SERIES =
      List.of(
          new SeriesEntry(11, 1, "SSB", "12191", "agreements", "Avtaler", null, null, "", ""),
          new SeriesEntry(21, 2, "SSB", "13470", "employed", "Sysselsatte", null, null, "", ""),
          new SeriesEntry(31, 3, "SSB", "07984", "employed", "Sysselsatte", null, null, "", ""));

  private final StatisticsCatalogue catalogue =
      new StatisticsCatalogue() {
        @Override
        public List<TableEntry> tables() {
          return TABLES;
        }

        @Override
        public Optional<TableEntry> table(long id) {
          return TABLES.stream().filter(t -> t.id() == id).findFirst();
        }

        @Override
        public List<SeriesEntry> series(long tableId) {
          return SERIES.stream().filter(s -> s.tableId() == tableId).toList();
        }

        @Override
        public Optional<SeriesEntry> seriesEntry(long seriesId) {
          return SERIES.stream().filter(s -> s.id() == seriesId).findFirst();
        }

        @Override
        public Optional<SeriesEntry> find(
            String source, String tableCode, String measureCode, String variant) {
          return SERIES.stream()
              .filter(
                  s ->
                      s.source().equalsIgnoreCase(source)
                          && s.tableCode().equals(tableCode)
                          && s.measureCode().equals(measureCode))
              .findFirst();
        }

        @Override
        public List<RegionEntry> regions(long seriesId) {
          return List.of();
        }

        @Override
        public Map<RegionCode, Series> observations(long seriesId, Collection<RegionCode> regions) {
          Map<RegionCode, Series> out = new HashMap<>();
          for (RegionCode r : regions) {
            if (r.code().equals("3301")) {
              out.put(r, Series.ofValues("m", r, Map.of(Period.year(2020), 45.0)));
            }
          }
          return out;
        }
      };

  private final StoredMeasurements stored =
      new StoredMeasurements(
          catalogue,
          new SeriesReader(catalogue, null),
          null,
          null,
          new RankBook() {
            @Override
            public void enter(RankEntry entry) {}

            @Override
            public List<RankEntry> of(String municipality) {
              return List.of();
            }
          });

  private static Indicator series(String table, String measure) {
    return new Indicator(
        "i",
        "indicator",
        new IndicatorSource.OfficialSeries("SSB", Optional.ofNullable(table), measure, "3301"),
        Direction.HIGHER_IS_BETTER,
        "",
        Optional.empty(),
        new Target.Threshold(40),
        OptionalInt.empty(),
        new Schedule.Kostra());
  }

  private IndicatorData read(Indicator i) {
    MeasurementLookup lookup =
        stored.lookup(new Municipality("3301", "Drammen", Country.NO), LocalDate.of(2026, 1, 1));
    return lookup.forIndicator(i);
  }

  @Test
  void aTableBarometerDoesNotHoldIsAnErrorInThePlan() {
    PlanReferenceException e =
        assertThrows(PlanReferenceException.class, () -> read(series("99999", "agreements")));
    assertEquals(
        "SSB table 99999 is not among the statistics Barometer holds", e.reason().english());
  }

  @Test
  void aMeasureTheTableDoesNotHaveIsAnErrorInThePlan() {
    PlanReferenceException e =
        assertThrows(PlanReferenceException.class, () -> read(series("12191", "agreement")));
    assertEquals("SSB table 12191 has no measure agreement", e.reason().english());
  }

  @Test
  void withoutATableAMeasureNoneOrSeveralTablesHoldIsAnErrorInThePlan() {
    PlanReferenceException none =
        assertThrows(PlanReferenceException.class, () -> read(series(null, "jobs")));
    assertEquals("no table of SSB holds the measure jobs; name the table", none.reason().english());
    PlanReferenceException several =
        assertThrows(PlanReferenceException.class, () -> read(series(null, "employed")));
    assertEquals(
        "several tables of SSB hold the measure employed (13470, 07984); name the table",
        several.reason().english());
  }

  @Test
  void aSeriesCarriesItsTablesTitleSoDemonstrationDataSaysSo() {
    IndicatorData d = read(series("12191", "agreements"));
    assertEquals(45.0, d.own().at(Period.year(2020)).orElseThrow().value(), 0);
    assertEquals(
        Optional.of("SSB 12191 (demonstration data)"),
        d.own().at(Period.year(2020)).orElseThrow().source());
  }
}
