package org.barometer.statistics.infrastructure.fetch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RateLimiterTest {

  private static final RateLimit SSB = RateLimit.of(30, Duration.ofMinutes(1));

  @Test
  void theThirtyFirstSsbCallInAMinuteWaitsUntilTheFirstLeavesTheWindow() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = new RateLimiter(SSB, time);
    for (int i = 0; i < 30; i++) {
      assertEquals(Duration.ZERO, limiter.acquire(), "call " + (i + 1));
      time.advance(Duration.ofSeconds(1)); // calls at 0 s, 1 s, ..., 29 s
    }
    // now 30 s; the first call (at 0 s) leaves the window at 60 s
    assertEquals(Duration.ofSeconds(30), limiter.acquire());
    assertEquals(Duration.ofSeconds(30), time.slept());
    // the 32nd: the second call (at 1 s) leaves at 61 s
    assertEquals(Duration.ofSeconds(1), limiter.acquire());
  }

  @Test
  void aBurstOfThirtyAtOnceMakesTheNextWaitAFullWindow() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = new RateLimiter(SSB, time);
    for (int i = 0; i < 30; i++) {
      limiter.acquire();
    }
    assertEquals(Duration.ZERO, time.slept());
    assertEquals(Duration.ofMinutes(1), limiter.acquire());
  }

  @Test
  void scbAllowsTenCallsPerTenSecondsAndNotAnEleventh() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = new RateLimiter(RateLimit.of(10, Duration.ofSeconds(10)), time);
    for (int i = 0; i < 25; i++) {
      limiter.acquire();
    }
    // 25 calls at most 10 per 10 s: calls 1-10 at 0 s, 11-20 at 10 s, 21-25 at 20 s
    assertEquals(Duration.ofSeconds(20), time.slept());
  }

  @Test
  void callsSpreadWiderThanTheLimitNeverWait() throws Exception {
    FakeTime time = new FakeTime();
    RateLimiter limiter = new RateLimiter(SSB, time);
    for (int i = 0; i < 100; i++) {
      limiter.acquire();
      time.advance(Duration.ofSeconds(2));
    }
    assertEquals(Duration.ZERO, time.slept());
  }
}
