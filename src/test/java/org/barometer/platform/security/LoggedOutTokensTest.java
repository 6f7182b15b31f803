package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class LoggedOutTokensTest {

  private Instant now = Instant.parse("2026-12-07T10:00:00Z");
  private final LoggedOutTokens tokens =
      new LoggedOutTokens(
          new Clock() {
            @Override
            public Instant instant() {
              return now;
            }

            @Override
            public ZoneOffset getZone() {
              return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
              return this;
            }
          });

  @Test
  void aLoggedOutTokenIsRefusedAndAnotherIsNot() {
    tokens.add("token-of-the-desk");
    assertTrue(tokens.contains("token-of-the-desk"));
    assertFalse(tokens.contains("token-of-the-laptop"));
  }

  @Test
  void aTokenIsRememberedAsLongAsItCouldBeValidAndNoLonger() {
    tokens.add("token");
    now = now.plus(Duration.ofMinutes(119));
    assertTrue(tokens.contains("token"), "a token issued just before logout is valid 120 min");
    now = now.plus(Duration.ofMinutes(2));
    assertFalse(tokens.contains("token"), "after 120 min Liberty refuses the token itself");
  }
}
