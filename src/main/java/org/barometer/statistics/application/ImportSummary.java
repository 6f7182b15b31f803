package org.barometer.statistics.application;

import java.util.Map;

/**
 * What one import of a table did, for the user to check against the office's own figures. {@code
 * read = added + revised + unchanged}.
 *
 * @param read the cells in the table, missing ones included
 * @param added cells that were not stored before
 * @param revised cells whose value, status symbol or note changed; their old version went to
 *     history
 * @param unchanged cells stored before exactly as now
 * @param missingBySymbol missing cells (no value) by status symbol; {@code ""} for none
 * @param series the table's series
 * @param regions the table's regions
 * @param periods the table's periods
 */
public record ImportSummary(
    long read,
    long added,
    long revised,
    long unchanged,
    Map<String, Long> missingBySymbol,
    int series,
    int regions,
    int periods) {

  public ImportSummary {
    missingBySymbol = Map.copyOf(missingBySymbol);
  }
}
