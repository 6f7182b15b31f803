package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Logged-out tokens on H2 with the real migrations, as two servers sharing one database see them.
 */
class LoggedOutTokensTest {

  private Instant now = Instant.parse("2026-12-07T10:00:00Z");
  private final Clock clock =
      new Clock() {
        @Override
        public Instant instant() {
          return now;
        }

        @Override
        public ZoneId getZone() {
          return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
          return this;
        }
      };
  private LoggedOutTokens desk;
  private LoggedOutTokens otherServer;

  @BeforeEach
  void twoServersOnOneDatabase() {
    JdbcDataSource h2 = new JdbcDataSource();
    h2.setURL(
        "jdbc:h2:mem:logout"
            + System.nanoTime()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    h2.setUser("sa");
    Flyway.configure().dataSource(h2).locations("classpath:db/migration").load().migrate();
    desk = new LoggedOutTokens(h2, clock);
    otherServer = new LoggedOutTokens(h2, clock);
  }

  @Test
  void aTokenLoggedOutOnOneServerIsRefusedOnTheOtherAndAnotherTokenIsNot() {
    desk.add("token-of-the-desk");
    assertTrue(otherServer.contains("token-of-the-desk"));
    assertFalse(otherServer.contains("token-of-the-laptop"));
    desk.add("token-of-the-desk");
    assertTrue(desk.contains("token-of-the-desk"), "logging out twice is no error");
  }

  @Test
  void aTokenIsRememberedAsLongAsItCouldBeValidAndNoLonger() {
    desk.add("token");
    now = now.plus(Duration.ofMinutes(119));
    assertTrue(desk.contains("token"), "a token issued just before logout is valid 120 min");
    now = now.plus(Duration.ofMinutes(2));
    assertFalse(desk.contains("token"), "after 120 min Liberty refuses the token itself");
  }
}
