package org.barometer.statistics.infrastructure;

import java.sql.SQLException;

/**
 * Writes cells into the import's staging table ({@code stat_stage}), a row at a time from the
 * caller's point of view but in large batches towards the database, so no list of cells is ever
 * built in memory.
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

  /** A period as the staging table holds it, formatted once per period rather than per cell. */
  record StagedPeriod(String code, String kind, java.sql.Date start, String startText) {

    static StagedPeriod of(org.barometer.statistics.domain.Period period) {
      return new StagedPeriod(
          period.code(),
          period.kind().name(),
          java.sql.Date.valueOf(period.startDate()),
          period.startDate().toString());
    }
  }
}
