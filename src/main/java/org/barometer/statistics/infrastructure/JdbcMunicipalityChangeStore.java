package org.barometer.statistics.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.barometer.platform.persistence.JdbcTransactions;
import org.barometer.statistics.domain.MunicipalityChangeStore;
import org.barometer.statistics.domain.MunicipalityHistory.CodeChange;

/**
 * The fetched change list in {@code stat_municipality_change}: a few hundred rows, read on every
 * call rather than cached, so a fetch shows at once on every server sharing the database. A fetch
 * replaces the table's rows as a set (delete and batch insert in one transaction).
 */
@ApplicationScoped
public class JdbcMunicipalityChangeStore implements MunicipalityChangeStore {

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcMunicipalityChangeStore() {}

  /** For use outside a container. */
  public JdbcMunicipalityChangeStore(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public List<CodeChange> fetched() {
    List<CodeChange> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r =
            s.executeQuery(
                "select old_code, new_code, valid_from from stat_municipality_change"
                    + " order by valid_from, new_code, old_code")) {
      while (r.next()) {
        rows.add(new CodeChange(r.getString(1), r.getString(2), r.getInt(3)));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the municipal code changes failed", e);
    }
    return rows;
  }

  @Override
  public Optional<Instant> fetchedAt() {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery("select max(fetched_at) from stat_municipality_change")) {
      r.next();
      return Optional.ofNullable(r.getTimestamp(1)).map(Timestamp::toInstant);
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the municipal code changes failed", e);
    }
  }

  @Override
  public void replace(List<CodeChange> rows, Instant fetchedAt) {
    transactions.run(
        "Storing the municipal code changes",
        c -> {
          try (Statement s = c.createStatement()) {
            s.executeUpdate("delete from stat_municipality_change");
          }
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into stat_municipality_change (old_code, new_code, valid_from,"
                      + " fetched_at) values (?, ?, ?, ?)")) {
            for (CodeChange row : new LinkedHashSet<>(rows)) {
              insert.setString(1, row.oldCode());
              insert.setString(2, row.newCode());
              insert.setInt(3, row.validFrom());
              insert.setTimestamp(4, Timestamp.from(fetchedAt));
              insert.addBatch();
            }
            insert.executeBatch();
          }
        });
  }
}
