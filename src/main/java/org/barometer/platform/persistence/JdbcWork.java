package org.barometer.platform.persistence;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;

/**
 * A few statements on one connection as one transaction, for the stores that speak JDBC directly:
 * committed together, or rolled back together when any fails. A failure becomes an unchecked
 * exception that says what was being done.
 */
public final class JdbcWork {

  /** Statements that may fail with an {@link SQLException}. */
  @FunctionalInterface
  public interface Statements {
    void run(Connection connection) throws SQLException;
  }

  private JdbcWork() {}

  /**
   * @param what what is being done, for the message of a failure ("Storing plan x")
   */
  public static void inTransaction(DataSource dataSource, String what, Statements statements) {
    try (Connection c = dataSource.getConnection()) {
      boolean autoCommit = c.getAutoCommit();
      c.setAutoCommit(false);
      try {
        statements.run(c);
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(autoCommit);
      }
    } catch (SQLException e) {
      throw new IllegalStateException(what + " failed", e);
    }
  }
}
