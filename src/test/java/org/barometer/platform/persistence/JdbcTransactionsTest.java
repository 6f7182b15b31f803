package org.barometer.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The JDBC transaction idiom on an in-memory H2: all or nothing, and nested work joins. */
class JdbcTransactionsTest {

  private static final AtomicInteger DATABASES = new AtomicInteger();

  private JdbcDataSource h2;
  private JdbcTransactions transactions;

  @BeforeEach
  void database() throws SQLException {
    h2 = new JdbcDataSource();
    h2.setURL("jdbc:h2:mem:tx" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement()) {
      s.execute("create table t (v int primary key)");
    }
    transactions = new JdbcTransactions(h2);
  }

  @Test
  void aFailureRollsBackEveryStatementOfTheTransaction() {
    assertThrows(
        StoreException.class,
        () ->
            transactions.run(
                "Two rows, the second twice",
                c -> {
                  insert(c, 1);
                  insert(c, 2);
                  insert(c, 2);
                }));
    assertEquals(0, rows());
    transactions.run("Two rows", c -> insert(c, 1));
    assertEquals(1, rows());
  }

  @Test
  void theFailureSaysWhatWasBeingDone() {
    var failure =
        assertThrows(
            StoreException.class,
            () -> transactions.run("Storing plan x", c -> c.createStatement().execute("nonsense")));
    assertTrue(failure.getMessage().startsWith("Storing plan x failed: "), failure.getMessage());
  }

  @Test
  void workInsideRunningWorkJoinsItAndIsUndoneWithIt() {
    assertThrows(
        IllegalArgumentException.class,
        () ->
            transactions.run(
                "Outer",
                outer -> {
                  transactions.run(
                      "Inner",
                      inner -> {
                        assertTrue(inner == outer, "the same connection");
                        insert(inner, 1);
                      });
                  throw new IllegalArgumentException("the outer work fails after the inner");
                }));
    assertEquals(0, rows());
  }

  @Test
  void theConnectionIsClosedAndNoLongerBoundToTheThread() throws SQLException {
    Connection[] used = new Connection[1];
    transactions.run("A row", c -> used[0] = c);
    assertThrows(IllegalStateException.class, transactions::connection);
    assertTrue(used[0].isClosed());
  }

  private static void insert(Connection c, int v) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("insert into t (v) values (" + v + ")");
    }
  }

  private int rows() {
    return transactions.inTransaction(
        "Counting",
        c -> {
          try (var rs = c.createStatement().executeQuery("select count(*) from t")) {
            rs.next();
            return rs.getInt(1);
          }
        });
  }
}
