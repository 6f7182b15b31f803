package org.barometer.statistics.application;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.shared.RegionCode;
import org.barometer.statistics.domain.Series;

/**
 * Reads what {@link StatisticsStore} kept: the tables, their series, the regions a series covers
 * and the observations themselves. Nothing here computes; {@link SeriesReader} joins codes across
 * municipal reforms and computes group figures on top.
 */
public interface StatisticsCatalogue {

  /** Every stored table, by source and table code. */
  List<TableEntry> tables();

  Optional<TableEntry> table(long id);

  /** A table's series, in the order they were first stored. */
  List<SeriesEntry> series(long tableId);

  Optional<SeriesEntry> seriesEntry(long seriesId);

  /** A series by what names it in a plan file: office, table, measure and variant. */
  Optional<SeriesEntry> find(String source, String tableCode, String measureCode, String variant);

  /** The regions with at least one cell in the series, countries first, then by code. */
  List<RegionEntry> regions(long seriesId);

  /**
   * The series' cells for each of the given regions that has any, as published under that code.
   * Regions without a cell are absent from the map.
   */
  Map<RegionCode, Series> observations(long seriesId, Collection<RegionCode> regions);

  /**
   * As {@link #observations(long, Collection)}, for a series already looked up (its measure names
   * the series returned).
   */
  default Map<RegionCode, Series> observations(SeriesEntry series, Collection<RegionCode> regions) {
    return observations(series.id(), regions);
  }
}
