package org.barometer.statistics.infrastructure.fetch;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Objects;

/**
 * Spaces requests to one office so that no window of {@link RateLimit#window()} ever holds more
 * than {@link RateLimit#calls()} of them (a sliding window over the times of the last calls, not
 * fixed buckets: the offices count over any window, so a burst at the end of one bucket and the
 * start of the next would break their limit).
 *
 * <p>One limiter is shared by every fetch from the same office in this server, so two fetches
 * started at once do not together exceed the limit. {@link #acquire()} is synchronized: callers
 * queue and leave one by one.
 */
public final class RateLimiter {

  private final RateLimit limit;
  private final TimeSource time;
  private final Deque<Long> calls = new ArrayDeque<>();

  public RateLimiter(RateLimit limit, TimeSource time) {
    this.limit = Objects.requireNonNull(limit, "limit");
    this.time = Objects.requireNonNull(time, "time");
  }

  public RateLimit limit() {
    return limit;
  }

  /**
   * Waits until one more request fits in the window, then counts it as made now.
   *
   * @return how long this call waited
   */
  public synchronized Duration acquire() throws InterruptedException {
    long window = limit.window().toNanos();
    long start = time.nanoTime();
    while (true) {
      long now = time.nanoTime();
      while (!calls.isEmpty() && now - calls.peekFirst() >= window) {
        calls.removeFirst();
      }
      if (calls.size() < limit.calls()) {
        calls.addLast(now);
        return Duration.ofNanos(now - start);
      }
      time.sleep(Duration.ofNanos(calls.peekFirst() + window - now));
    }
  }
}
