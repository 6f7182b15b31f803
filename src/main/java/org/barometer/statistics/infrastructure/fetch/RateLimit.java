package org.barometer.statistics.infrastructure.fetch;

import java.time.Duration;
import java.util.Objects;

/**
 * How many requests an office accepts within a time window: SSB 30 a minute, SCB 10 per 10 seconds.
 * An office that sees more answers 429 and may block the caller for a while, so the clients stay
 * under the limit rather than rely on retries.
 *
 * @param calls the most requests within one window
 * @param window the length of the sliding window
 */
public record RateLimit(int calls, Duration window) {

  public RateLimit {
    Objects.requireNonNull(window, "window");
    if (calls < 1 || window.isNegative() || window.isZero()) {
      throw new IllegalArgumentException("A rate limit needs calls >= 1 and a positive window");
    }
  }

  public static RateLimit of(int calls, Duration window) {
    return new RateLimit(calls, window);
  }
}
