package org.barometer.statistics.infrastructure;

import java.sql.SQLException;

/**
 * Writes cells into a table with the observation columns, a row at a time from the caller's point
 * of view but in large batches towards the database, so no list of cells is ever built in memory:
 * into the staging table {@code stat_stage} when the table was stored before and the cells must be
 * compared, straight into {@code stat_observation} when it was not.
 */
interface StagingWriter extends AutoCloseable {

  /**
   * @param value the value, or NaN for a missing cell (stored as null)
   * @param status the status symbol, or null
   * @param note the cell's note, or null
   */
  void add(
      long seriesId, long regionId, StagedPeriod period, double value, String status, String note)
      throws SQLException;

  /** Sends what is still buffered. */
  void finish() throws SQLException;

  @Override
  void close() throws SQLException;

  /** The columns written, in order. */
  String COLUMNS = "series_id, region_id, period, period_kind, number_value, status, note";

  /** A period as the tables hold it, formatted once per period rather than per cell. */
  record StagedPeriod(String code, String kind) {

    static StagedPeriod of(org.barometer.shared.Period period) {
      return new StagedPeriod(period.code(), period.kind().name());
    }
  }
}
