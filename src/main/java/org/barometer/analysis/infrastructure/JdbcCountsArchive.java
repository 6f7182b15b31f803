package org.barometer.analysis.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.barometer.analysis.domain.Background;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.CountsArchive;
import org.barometer.analysis.domain.PairedSums;
import org.barometer.platform.persistence.JdbcTransactions;

/**
 * Keeps closed cycles' counts in {@code cycle_count} and {@code cycle_pair} (migration V3), with
 * plain JDBC in one transaction of its own, so a half-written set is never read back.
 */
@ApplicationScoped
public class JdbcCountsArchive implements CountsArchive {

  private static final String QUESTION = "Q";
  private static final String INDEX = "I";

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  @Inject JdbcTransactions transactions;

  protected JdbcCountsArchive() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcCountsArchive(DataSource dataSource) {
    this.dataSource = dataSource;
    this.transactions = new JdbcTransactions(dataSource);
  }

  @Override
  public Optional<Counts> load(long cycleId) {
    try (Connection db = dataSource.getConnection()) {
      List<CellCount> questions = new ArrayList<>();
      List<CellCount> indices = new ArrayList<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "select item_kind, item, industry, size_class, years, number_value, choice,"
                  + " dont_know, answers from cycle_count where cycle_id = ?")) {
        select.setLong(1, cycleId);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            double number = row.getDouble(6);
            Double value = row.wasNull() ? null : number;
            CellCount cell =
                new CellCount(
                    row.getString(2),
                    new Background(row.getString(3), row.getString(4), row.getString(5)),
                    value,
                    row.getString(7),
                    row.getBoolean(8),
                    row.getLong(9));
            (INDEX.equals(row.getString(1)) ? indices : questions).add(cell);
          }
        }
      }
      Map<String, Map<String, PairedSums>> pairs = new LinkedHashMap<>();
      try (PreparedStatement select =
          db.prepareStatement(
              "select driven, driver, n, sum_x, sum_y, sum_xx, sum_yy, sum_xy from cycle_pair"
                  + " where cycle_id = ?")) {
        select.setLong(1, cycleId);
        try (ResultSet row = select.executeQuery()) {
          while (row.next()) {
            pairs
                .computeIfAbsent(row.getString(1), k -> new LinkedHashMap<>())
                .put(
                    row.getString(2),
                    new PairedSums(
                        row.getLong(3),
                        row.getDouble(4),
                        row.getDouble(5),
                        row.getDouble(6),
                        row.getDouble(7),
                        row.getDouble(8)));
          }
        }
      }
      boolean kept = !questions.isEmpty() || !indices.isEmpty() || !pairs.isEmpty();
      return kept ? Optional.of(new Counts(questions, indices, pairs)) : Optional.empty();
    } catch (SQLException e) {
      throw new IllegalStateException("Reading the kept counts failed: " + e.getMessage(), e);
    }
  }

  @Override
  public void save(long cycleId, Counts counts) {
    transactions.run(
        "Keeping the counts of cycle " + cycleId,
        db -> {
          for (String table : List.of("cycle_count", "cycle_pair")) {
            try (PreparedStatement delete =
                db.prepareStatement("delete from " + table + " where cycle_id = ?")) {
              delete.setLong(1, cycleId);
              delete.executeUpdate();
            }
          }
          try (PreparedStatement insert =
              db.prepareStatement(
                  "insert into cycle_count (cycle_id, item_kind, item, industry, size_class, years,"
                      + " number_value, choice, dont_know, answers) values (?, ?, ?, ?, ?, ?, ?, ?,"
                      + " ?, ?)")) {
            add(insert, cycleId, QUESTION, counts.questionCells());
            add(insert, cycleId, INDEX, counts.indexCells());
            insert.executeBatch();
          }
          try (PreparedStatement insert =
              db.prepareStatement(
                  "insert into cycle_pair (cycle_id, driven, driver, n, sum_x, sum_y, sum_xx,"
                      + " sum_yy, sum_xy) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (var driven : counts.pairs().entrySet()) {
              for (var driver : driven.getValue().entrySet()) {
                PairedSums s = driver.getValue();
                insert.setLong(1, cycleId);
                insert.setString(2, driven.getKey());
                insert.setString(3, driver.getKey());
                insert.setLong(4, s.n());
                insert.setDouble(5, s.sumX());
                insert.setDouble(6, s.sumY());
                insert.setDouble(7, s.sumXX());
                insert.setDouble(8, s.sumYY());
                insert.setDouble(9, s.sumXY());
                insert.addBatch();
              }
            }
            insert.executeBatch();
          }
        });
  }

  private static void add(
      PreparedStatement insert, long cycleId, String kind, List<CellCount> cells)
      throws SQLException {
    for (CellCount cell : cells) {
      Background b = cell.background();
      insert.setLong(1, cycleId);
      insert.setString(2, kind);
      insert.setString(3, cell.item());
      insert.setString(4, b.industry());
      insert.setString(5, b.size());
      insert.setString(6, b.years());
      if (cell.value() == null) {
        insert.setNull(7, Types.DOUBLE);
      } else {
        insert.setDouble(7, cell.value());
      }
      insert.setString(8, cell.choice());
      insert.setBoolean(9, cell.dontKnow());
      insert.setLong(10, cell.count());
      insert.addBatch();
    }
  }
}
