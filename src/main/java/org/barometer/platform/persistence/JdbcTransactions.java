package org.barometer.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import javax.naming.NoInitialContextException;
import javax.sql.DataSource;

/**
 * The one way Barometer's JDBC stores run a transaction (README, Persistence): one connection,
 * autocommit off, committed at the end or rolled back on any failure, autocommit restored before
 * the connection goes back to the pool. A transaction that lost a race on a lock (a deadlock, a
 * lock timeout, a serialisation failure) is run again from the start, so the work must do nothing
 * outside the database. Work started inside running work on the same thread joins it, whichever
 * store started it.
 *
 * <p>It refuses to run inside a container (JTA) transaction: its commit would not be the
 * container's, and the two would disagree after a failure. The services that call JDBC stores are
 * not transactional, or suspend the container's transaction
 * ({@code @Transactional(NOT_SUPPORTED)}).
 */
@ApplicationScoped
public class JdbcTransactions {

  /** Statements on the transaction's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  /** Statements on the transaction's connection that return nothing. */
  @FunctionalInterface
  public interface Statements {
    void run(Connection connection) throws SQLException;
  }

  /** Deadlock and serialisation failure (SQL standard, PostgreSQL), lock timeout (H2). */
  private static final Set<String> TRANSIENT = Set.of("40001", "40P01", "HYT00", "90131");

  private static final int ATTEMPTS = 5;
  private static final Logger LOG = Logger.getLogger(JdbcTransactions.class.getName());

  @Resource(lookup = "jdbc/barometer")
  private DataSource dataSource;

  private final ThreadLocal<Connection> current = new ThreadLocal<>();

  protected JdbcTransactions() {}

  /** For use outside a container, on any data source with Barometer's schema. */
  public JdbcTransactions(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Runs the work as one transaction, or as part of the one running on this thread.
   *
   * @param what what is being done, for the message of a failure ("Storing plan x")
   * @throws StoreException when the database fails
   * @throws IllegalStateException inside a container transaction
   */
  public <T> T inTransaction(String what, Work<T> work) {
    Connection joined = current.get();
    if (joined != null) {
      return run(what, work, joined);
    }
    if (ContainerTransaction.active()) {
      throw new IllegalStateException(
          what
              + " runs its own JDBC transaction and must not be called inside a container"
              + " transaction");
    }
    for (int attempt = 1; ; attempt++) {
      try (Connection c = dataSource.getConnection()) {
        boolean autoCommit = c.getAutoCommit();
        c.setAutoCommit(false);
        current.set(c);
        try {
          T result = work.run(c);
          c.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          c.rollback();
          if (attempt < ATTEMPTS && isTransient(e)) {
            int failed = attempt;
            LOG.fine(() -> what + " lost a race (attempt " + failed + "), running it again");
            continue;
          }
          throw e;
        } finally {
          current.remove();
          c.setAutoCommit(autoCommit);
        }
      } catch (SQLException e) {
        throw new StoreException(what, e);
      }
    }
  }

  /** As {@link #inTransaction}, for statements that return nothing. */
  public void run(String what, Statements statements) {
    inTransaction(
        what,
        c -> {
          statements.run(c);
          return null;
        });
  }

  /** The connection of the transaction running on this thread. */
  public Connection connection() {
    Connection c = current.get();
    if (c == null) {
      throw new IllegalStateException("A JDBC store was used outside its transaction");
    }
    return c;
  }

  private static <T> T run(String what, Work<T> work, Connection c) {
    try {
      return work.run(c);
    } catch (SQLException e) {
      throw new StoreException(what, e);
    }
  }

  private static boolean isTransient(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql && TRANSIENT.contains(sql.getSQLState())) {
        return true;
      }
    }
    return false;
  }

  /** Whether the container has a transaction running on this thread; never outside a container. */
  static final class ContainerTransaction {

    /**
     * Found once. Not found is asked again, since a thread the container did not start has no
     * names; only where there is no naming at all (outside a container) is it settled.
     */
    private static volatile TransactionSynchronizationRegistry registry;

    private static volatile boolean noContainer;

    private ContainerTransaction() {}

    static boolean active() {
      return registry()
          .map(r -> r.getTransactionStatus() != Status.STATUS_NO_TRANSACTION)
          .orElse(false);
    }

    private static Optional<TransactionSynchronizationRegistry> registry() {
      if (registry == null && !noContainer) {
        try {
          registry =
              (TransactionSynchronizationRegistry)
                  new InitialContext().lookup("java:comp/TransactionSynchronizationRegistry");
        } catch (NoInitialContextException outsideAContainer) {
          noContainer = true;
        } catch (NamingException | RuntimeException threadWithoutNames) {
          return Optional.empty();
        }
      }
      return Optional.ofNullable(registry);
    }
  }
}
