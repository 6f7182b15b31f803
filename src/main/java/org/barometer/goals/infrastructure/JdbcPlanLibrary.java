package org.barometer.goals.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.barometer.goals.application.PlanEntry;
import org.barometer.goals.application.PlanLibrary;
import org.barometer.goals.domain.Plan;
import org.barometer.platform.persistence.JdbcTransactions;

/** Plans in the table {@code goal_plan}: the document and the few fields the list shows. */
@ApplicationScoped
public class JdbcPlanLibrary implements PlanLibrary {

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcPlanLibrary() {}

  /** For use outside a container. */
  public JdbcPlanLibrary(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public void store(Plan plan, String fileName, String document) {
    transactions.run(
        "Storing plan " + plan.id(),
        c -> {
          delete(c, plan.id());
          try (PreparedStatement insert =
              c.prepareStatement(
                  "insert into goal_plan (id, municipality_code, municipality_name, country,"
                      + " title, period, file_name, document, imported_at)"
                      + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            insert.setString(1, plan.id());
            insert.setString(2, plan.municipality().code());
            insert.setString(3, plan.municipality().name());
            insert.setString(4, plan.municipality().country().name());
            insert.setString(5, plan.title());
            insert.setString(6, plan.period().text());
            insert.setString(7, fileName);
            insert.setString(8, document);
            insert.setTimestamp(9, Timestamp.from(Instant.now()));
            insert.executeUpdate();
          }
        });
  }

  @Override
  public List<PlanEntry> all() {
    List<PlanEntry> plans = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select id, municipality_code, municipality_name, country, title, period,"
                    + " file_name, imported_at from goal_plan"
                    + " order by municipality_name, period, id");
        ResultSet rows = select.executeQuery()) {
      while (rows.next()) {
        plans.add(
            new PlanEntry(
                rows.getString(1),
                rows.getString(2),
                rows.getString(3),
                rows.getString(4),
                rows.getString(5),
                rows.getString(6),
                rows.getString(7),
                rows.getTimestamp(8).toInstant()));
      }
      return plans;
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the plans failed", e);
    }
  }

  @Override
  public Optional<StoredDocument> document(String id) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement("select file_name, document from goal_plan where id = ?")) {
      select.setString(1, id);
      try (ResultSet row = select.executeQuery()) {
        return row.next()
            ? Optional.of(new StoredDocument(row.getString(1), row.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Reading plan " + id + " failed", e);
    }
  }

  @Override
  public boolean remove(String id) {
    try (Connection c = dataSource.getConnection()) {
      return delete(c, id) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException("Removing plan " + id + " failed", e);
    }
  }

  private static int delete(Connection c, String id) throws SQLException {
    try (PreparedStatement delete = c.prepareStatement("delete from goal_plan where id = ?")) {
      delete.setString(1, id);
      return delete.executeUpdate();
    }
  }
}
