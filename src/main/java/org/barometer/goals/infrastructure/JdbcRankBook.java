package org.barometer.goals.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.barometer.goals.application.RankBook;
import org.barometer.goals.application.RankEntry;
import org.barometer.platform.persistence.JdbcTransactions;

/** Ranks in the table {@code goal_rank_entry}. */
@ApplicationScoped
public class JdbcRankBook implements RankBook {

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcRankBook() {}

  /** For use outside a container. */
  public JdbcRankBook(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public void enter(RankEntry e) {
    transactions.run(
        "Entering a rank",
        c -> {
          try (PreparedStatement delete =
                  c.prepareStatement(
                      "delete from goal_rank_entry where publisher = ? and ranking = ?"
                          + " and category = ? and within_group = ? and municipality_code = ?"
                          + " and period = ?");
              PreparedStatement insert =
                  c.prepareStatement(
                      "insert into goal_rank_entry (publisher, ranking, category, within_group,"
                          + " municipality_code, period, rank_value, source, published_on,"
                          + " field_size) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            key(delete, e);
            delete.executeUpdate();
            key(insert, e);
            insert.setInt(7, e.rank());
            insert.setString(8, e.source());
            insert.setDate(9, Date.valueOf(e.published()));
            if (e.fieldSize() == null) {
              insert.setNull(10, java.sql.Types.INTEGER);
            } else {
              insert.setInt(10, e.fieldSize());
            }
            insert.executeUpdate();
          }
        });
  }

  private static void key(PreparedStatement statement, RankEntry e) throws SQLException {
    statement.setString(1, e.publisher());
    statement.setString(2, e.ranking());
    statement.setString(3, e.category());
    statement.setString(4, e.within());
    statement.setString(5, e.municipality());
    statement.setString(6, e.period());
  }

  @Override
  public List<RankEntry> of(String municipality) {
    List<RankEntry> entries = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement select =
            c.prepareStatement(
                "select publisher, ranking, category, within_group, municipality_code, period,"
                    + " rank_value, source, published_on, field_size from goal_rank_entry"
                    + " where municipality_code = ?"
                    + " order by publisher, ranking, category, within_group, period")) {
      select.setString(1, municipality);
      try (ResultSet r = select.executeQuery()) {
        while (r.next()) {
          entries.add(
              new RankEntry(
                  r.getString(1),
                  r.getString(2),
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  r.getInt(7),
                  r.getString(8),
                  r.getDate(9).toLocalDate(),
                  (Integer) r.getObject(10, Integer.class)));
        }
      }
      return entries;
    } catch (SQLException ex) {
      throw new IllegalStateException("Reading ranks failed", ex);
    }
  }
}
