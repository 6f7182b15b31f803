package org.barometer.analysis.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.OptionalLong;
import javax.sql.DataSource;
import org.barometer.analysis.domain.SnapshotMarks;
import org.barometer.platform.persistence.JdbcTransactions;

/** Keeps the live snapshots' marks in {@code live_snapshot} (migration V11), with plain JDBC. */
@ApplicationScoped
public class JdbcSnapshotMarks implements SnapshotMarks {

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcSnapshotMarks() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcSnapshotMarks(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public OptionalLong last(long cycleId) {
    try (Connection db = dataSource.getConnection();
        PreparedStatement select =
            db.prepareStatement("select responses from live_snapshot where cycle_id = ?")) {
      select.setLong(1, cycleId);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? OptionalLong.of(row.getLong(1)) : OptionalLong.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the live snapshot failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void mark(long cycleId, long responses) {
    transactions.run(
        "Keeping the live snapshot of cycle " + cycleId,
        db -> {
          int updated;
          try (PreparedStatement update =
              db.prepareStatement("update live_snapshot set responses = ? where cycle_id = ?")) {
            update.setLong(1, responses);
            update.setLong(2, cycleId);
            updated = update.executeUpdate();
          }
          if (updated == 0) {
            try (PreparedStatement insert =
                db.prepareStatement(
                    "insert into live_snapshot (cycle_id, responses) values (?, ?)")) {
              insert.setLong(1, cycleId);
              insert.setLong(2, responses);
              insert.executeUpdate();
            }
          }
        });
  }
}
