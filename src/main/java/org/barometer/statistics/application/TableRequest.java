package org.barometer.statistics.application;

import java.util.List;

/**
 * Which part of a PxWeb table to fetch, in the terms a municipality thinks in: which regions and
 * which periods. The table's region and time variables are found from its metadata; every other
 * variable is fetched whole.
 *
 * @param language label language ("no", "en", "sv"); null for the office's default
 * @param regions region codes as the table writes them ("3001", "0114"); null or empty for all
 * @param latestPeriods the latest this many periods; null for no such limit
 * @param fromPeriod this period and later ("2015"); null for no such limit
 */
public record TableRequest(
    String language, List<String> regions, Integer latestPeriods, String fromPeriod) {

  public TableRequest {
    regions = regions == null ? List.of() : List.copyOf(regions);
    if (latestPeriods != null && fromPeriod != null) {
      throw new IllegalArgumentException("Ask for the latest periods or from a period, not both");
    }
  }

  /** The whole table. */
  public static TableRequest all(String language) {
    return new TableRequest(language, List.of(), null, null);
  }
}
