package org.barometer.statistics.infrastructure;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;

/**
 * Stages cells with JDBC batch inserts: portable (H2, and PostgreSQL when the driver's COPY API is
 * not visible to the application). With PostgreSQL's {@code reWriteBatchedInserts=true} a batch
 * travels as multi-row inserts.
 */
final class BatchStaging implements StagingWriter {

  static final int BATCH = 5_000;

  private final PreparedStatement insert;
  private int pending;

  BatchStaging(Connection connection, String table) throws SQLException {
    insert =
        connection.prepareStatement(
            "insert into " + table + " (" + COLUMNS + ") values (?, ?, ?, ?, ?, ?, ?)");
  }

  @Override
  public void add(
      long seriesId, long regionId, StagedPeriod period, double value, String status, String note)
      throws SQLException {
    insert.setLong(1, seriesId);
    insert.setLong(2, regionId);
    insert.setString(3, period.code());
    insert.setString(4, period.kind());
    if (Double.isNaN(value)) {
      insert.setNull(5, Types.DOUBLE);
    } else {
      insert.setDouble(5, value);
    }
    insert.setString(6, status);
    insert.setString(7, note);
    insert.addBatch();
    if (++pending == BATCH) {
      finish();
    }
  }

  @Override
  public void finish() throws SQLException {
    if (pending > 0) {
      insert.executeBatch();
      pending = 0;
    }
  }

  @Override
  public void close() throws SQLException {
    insert.close();
  }
}
