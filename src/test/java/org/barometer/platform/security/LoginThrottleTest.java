package org.barometer.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/**
 * A guesser waits longer and longer; the real user elsewhere waits little or not at all. The
 * expected waits follow from the rules in {@link LoginThrottle}'s Javadoc, counted by hand.
 */
class LoginThrottleTest {

  private static final String GUESSER = "203.0.113.9";
  private static final String OFFICE = "198.51.100.20";

  /** A clock the test moves by hand. */
  private static final class HandClock extends Clock {
    private Instant now = Instant.parse("2026-12-04T09:00:00Z");

    void pass(Duration time) {
      now = now.plus(time);
    }

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
  }

  private final HandClock clock = new HandClock();
  private final LoginThrottle throttle = new LoginThrottle(clock);

  private void fail(String user, String address, int times) {
    for (int i = 0; i < times; i++) {
      throttle.failed(user, address);
    }
  }

  @Test
  void fiveFailuresAreFreeAndThenTheWaitDoublesFromOneSecond() {
    fail("viewer", GUESSER, 5);
    assertEquals(Duration.ZERO, throttle.wait("viewer", GUESSER));
    fail("viewer", GUESSER, 1); // the 6th: 1 s
    assertEquals(Duration.ofSeconds(1), throttle.wait("viewer", GUESSER));
    fail("viewer", GUESSER, 1); // the 7th: 2 s
    assertEquals(Duration.ofSeconds(2), throttle.wait("viewer", GUESSER));
    fail("viewer", GUESSER, 3); // the 10th: 2^4 = 16 s
    assertEquals(Duration.ofSeconds(16), throttle.wait("viewer", GUESSER));
    clock.pass(Duration.ofSeconds(10));
    assertEquals(Duration.ofSeconds(6), throttle.wait("viewer", GUESSER));
    clock.pass(Duration.ofSeconds(6));
    assertEquals(Duration.ZERO, throttle.wait("viewer", GUESSER));
  }

  @Test
  void theWaitStopsGrowingAtFifteenMinutes() {
    fail("viewer", GUESSER, 5 + 30);
    assertEquals(Duration.ofMinutes(15), throttle.wait("viewer", GUESSER));
  }

  @Test
  void theRealUserElsewhereWaitsAtMostTenSeconds() {
    fail("viewer", GUESSER, 40);
    // 40 failures of the name: 20 free, then 2^19 s, capped at 10 s
    assertEquals(Duration.ofSeconds(10), throttle.wait("viewer", OFFICE));
    assertEquals(Duration.ofSeconds(10), throttle.wait("Viewer ", OFFICE));
    clock.pass(Duration.ofSeconds(10));
    assertEquals(Duration.ZERO, throttle.wait("viewer", OFFICE));
    assertEquals(Duration.ofMinutes(15).minusSeconds(10), throttle.wait("viewer", GUESSER));
  }

  @Test
  void oneAddressTryingManyNamesIsSlowedAfterTenFailures() {
    for (int i = 1; i <= 10; i++) {
      throttle.failed("user" + i, GUESSER);
    }
    assertEquals(Duration.ZERO, throttle.wait("admin", GUESSER));
    throttle.failed("user11", GUESSER);
    assertEquals(Duration.ofSeconds(1), throttle.wait("admin", GUESSER));
    assertEquals(Duration.ZERO, throttle.wait("admin", OFFICE));
  }

  @Test
  void aSuccessForgetsTheNamesFailuresButNotTheAddresses() {
    fail("viewer", OFFICE, 6);
    throttle.succeeded("viewer", OFFICE);
    assertEquals(Duration.ZERO, throttle.wait("viewer", OFFICE));
    fail("other", OFFICE, 5); // 11 from the office in all: the address waits 1 s
    assertEquals(Duration.ofSeconds(1), throttle.wait("viewer", OFFICE));
  }

  @Test
  void failuresAreForgottenAnHourAfterTheLatest() {
    fail("viewer", GUESSER, 30);
    clock.pass(Duration.ofMinutes(61));
    assertEquals(Duration.ZERO, throttle.wait("viewer", GUESSER));
    throttle.failed("viewer", GUESSER);
    assertEquals(Duration.ZERO, throttle.wait("viewer", GUESSER));
  }

  @Test
  void retryAfterRoundsUpToWholeSeconds() {
    assertEquals(1, LoginThrottle.seconds(Duration.ofMillis(1)));
    assertEquals(1, LoginThrottle.seconds(Duration.ofSeconds(1)));
    assertEquals(2, LoginThrottle.seconds(Duration.ofMillis(1001)));
  }
}
