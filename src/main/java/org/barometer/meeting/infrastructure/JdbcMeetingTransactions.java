package org.barometer.meeting.infrastructure;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Set;
import java.util.function.Supplier;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.barometer.meeting.application.MeetingTransactions;

/**
 * Units of work as plain JDBC transactions: one connection per unit, autocommit off, committed at
 * the end, rolled back on any failure. The connection is bound to the thread so the repositories
 * share it. Plain JDBC rather than JPA because seat allocation must lock the meeting row and count
 * in the same transaction, which is easiest to see (and to test on H2 without a server) here.
 *
 * <p>Called outside a container transaction (the services suspend any), as the statistics store is.
 * A unit nested in another joins it.
 */
@ApplicationScoped
public class JdbcMeetingTransactions implements MeetingTransactions {

  private static final Logger LOG = Logger.getLogger(JdbcMeetingTransactions.class.getName());

  /** Deadlock and serialisation failure (SQL standard, PostgreSQL), lock timeout (H2). */
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "HYT00", "90131");

  private static final int ATTEMPTS = 5;

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  protected JdbcMeetingTransactions() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcMeetingTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Override
  public <T> T inTransaction(Supplier<T> work) {
    if (current.get() != null) {
      return work.get();
    }
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        c.setAutoCommit(false);
        current.set(c);
        try {
          T result = work.get();
          c.commit();
          return result;
        } catch (RuntimeException e) {
          c.rollback();
          if (attempt < ATTEMPTS && isTransient(e)) {
            final int failed = attempt;
            LOG.fine(() -> "Unit of work lost a race (attempt " + failed + "), running it again");
            continue;
          }
          throw e;
        } finally {
          current.remove();
          c.setAutoCommit(true);
        }
      } catch (SQLException e) {
        if (attempt < ATTEMPTS && TRANSIENT.contains(e.getSQLState())) {
          continue;
        }
        throw new MeetingStoreException("A unit of work on the meeting tables", e);
      }
    }
  }

  /** The connection of the unit of work running on this thread. */
  Connection connection() {
    Connection c = current.get();
    if (c == null) {
      throw new IllegalStateException("Meeting tables used outside a unit of work");
    }
    return c;
  }

  private static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && TRANSIENT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }
}
