package org.barometer.platform.cluster;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import javax.sql.DataSource;
import org.barometer.platform.persistence.JdbcTransactions;

/**
 * Leases in the table {@code instance_lock} (migration V24): work that must run once across all
 * servers sharing the database takes a lease first, and a server that does not get it leaves the
 * work to the one that did.
 *
 * <p>A lease is taken by one conditional update, which succeeds only where the last lease has
 * ended, so two servers asking at the same moment cannot both get it (PostgreSQL's and H2's row
 * lock orders the two updates; the second finds the lease taken). A lease is never given back by a
 * scheduled job: held for a little less than the job's period, it makes the job run once per period
 * across the servers, whichever server's timer fires first. It ends on its own, so a server killed
 * while holding one blocks the work only until then. Times are UTC from each server's clock: the
 * servers' clocks must agree to well within a lease (NTP).
 */
@ApplicationScoped
public class InstanceLocks {

  /**
   * This server among the others, for the row's {@code holder}: host, process and a random part.
   */
  private final String holder =
      ManagementFactory.getRuntimeMXBean().getName()
          + "/"
          + UUID.randomUUID().toString().substring(0, 8);

  @Inject JdbcTransactions transactions;
  @Inject Clock clock;

  protected InstanceLocks() {}

  /** For use outside a container: a test's two "servers" are two of these on one database. */
  public InstanceLocks(DataSource dataSource, Clock clock) {
    this.transactions = new JdbcTransactions(dataSource);
    this.clock = clock;
  }

  /**
   * Takes the lease {@code name} for {@code lease} from now, if no server holds it; a lock of that
   * name is created the first time it is asked for.
   *
   * @return whether this server holds it now (and may do the work)
   */
  public boolean take(String name, Duration lease) {
    Instant now = clock.instant();
    LocalDateTime until = utc(now.plus(lease));
    return transactions.inTransaction(
        "Taking the lock " + name,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "update instance_lock set holder = ?, held_until = ?, runs = runs + 1"
                      + " where name = ? and held_until <= ?")) {
            update.setString(1, holder);
            update.setObject(2, until);
            update.setString(3, name);
            update.setObject(4, utc(now));
            if (update.executeUpdate() == 1) {
              return true;
            }
          }
          return created(c, name, until);
        });
  }

  /** Ends this server's lease {@code name} now, so another may take it without waiting. */
  public void release(String name) {
    transactions.run(
        "Releasing the lock " + name,
        c -> {
          try (PreparedStatement update =
              c.prepareStatement(
                  "update instance_lock set held_until = ? where name = ? and holder = ?")) {
            update.setObject(1, utc(clock.instant()));
            update.setString(2, name);
            update.setString(3, holder);
            update.executeUpdate();
          }
        });
  }

  /**
   * A lock asked for the first time, created held by this server; when another server creates it at
   * the same moment, the insert waits for that one's commit and then does nothing.
   */
  private boolean created(Connection c, String name, LocalDateTime until) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into instance_lock (name, holder, held_until, runs) values (?, ?, ?, 1)"
                + " on conflict do nothing")) {
      insert.setString(1, name);
      insert.setString(2, holder);
      insert.setObject(3, until);
      return insert.executeUpdate() == 1;
    }
  }

  private static LocalDateTime utc(Instant instant) {
    return LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }
}
