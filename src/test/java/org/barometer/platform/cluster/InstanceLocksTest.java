package org.barometer.platform.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two servers on one database, as two {@link InstanceLocks} with clocks of the test's own on H2
 * with the real migrations: a lease goes to one of them, runs out on its own and can be given back.
 */
class InstanceLocksTest {

  private JdbcDataSource h2;
  private final Moving clock = new Moving(Instant.parse("2026-12-07T08:00:00Z"));
  private InstanceLocks first;
  private InstanceLocks second;

  @BeforeEach
  void twoServers() {
    h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:locks"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    first = new InstanceLocks(h2, clock);
    second = new InstanceLocks(h2, clock);
  }

  @Test
  void aJobsLeaseGoesToOneServerUntilItRunsOut() throws SQLException {
    assertTrue(first.take("meeting-retention", Duration.ofHours(23)));
    assertFalse(second.take("meeting-retention", Duration.ofHours(23)));
    assertFalse(first.take("meeting-retention", Duration.ofHours(23)), "not twice in a lease");
    clock.now = clock.now.plus(Duration.ofHours(23)).minusSeconds(1);
    assertFalse(second.take("meeting-retention", Duration.ofHours(23)));
    clock.now = clock.now.plusSeconds(1);
    assertTrue(second.take("meeting-retention", Duration.ofHours(23)), "the lease ran out");
    assertFalse(first.take("meeting-retention", Duration.ofHours(23)));
    assertEquals(2, runs("meeting-retention"));
  }

  @Test
  void aNewLockIsCreatedOnceAndGivenBack() throws SQLException {
    assertTrue(first.take("cycle-counts-7", Duration.ofMinutes(5)));
    assertFalse(second.take("cycle-counts-7", Duration.ofMinutes(5)));
    second.release("cycle-counts-7");
    assertFalse(second.take("cycle-counts-7", Duration.ofMinutes(5)), "only its holder gives it");
    first.release("cycle-counts-7");
    assertTrue(second.take("cycle-counts-7", Duration.ofMinutes(5)));
    assertEquals(2, runs("cycle-counts-7"));
  }

  @Test
  void ofSixteenSimultaneousTakesOneWins() throws Exception {
    for (String name : List.of("meeting-mail-retry", "cycle-counts-8")) {
      CountDownLatch start = new CountDownLatch(1);
      ExecutorService pool = Executors.newFixedThreadPool(16);
      List<Future<Boolean>> takes = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        InstanceLocks server = i % 2 == 0 ? first : second;
        Callable<Boolean> take =
            () -> {
              start.await();
              return server.take(name, Duration.ofMinutes(4));
            };
        takes.add(pool.submit(take));
      }
      start.countDown();
      int won = 0;
      for (Future<Boolean> take : takes) {
        won += take.get() ? 1 : 0;
      }
      pool.shutdown();
      assertEquals(1, won, name);
      assertEquals(1, runs(name), name);
    }
  }

  private long runs(String name) throws SQLException {
    try (Connection c = h2.getConnection();
        Statement s = c.createStatement();
        ResultSet row =
            s.executeQuery("select runs from instance_lock where name = '" + name + "'")) {
      assertTrue(row.next(), name);
      return row.getLong(1);
    }
  }

  /** A clock the test moves. */
  private static final class Moving extends Clock {
    volatile Instant now;

    Moving(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
