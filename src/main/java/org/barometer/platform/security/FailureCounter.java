package org.barometer.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Failures per key (a user name, an address) and how long the next attempt must wait: nothing for
 * the first {@code free} failures, then one second, doubling with each further failure up to {@code
 * longest}, counted from the latest failure. A key is forgotten an hour after its latest failure,
 * and at most {@value #KEYS} keys are kept (the least recently used go first), so that made-up user
 * names cannot fill the memory.
 */
final class FailureCounter {

  static final int KEYS = 10_000;
  private static final Duration FORGET_AFTER = Duration.ofHours(1);

  private record Failures(int count, Instant latest) {}

  private final int free;
  private final Duration longest;
  private final Map<String, Failures> failures =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
          return size() > KEYS;
        }
      };

  FailureCounter(int free, Duration longest) {
    this.free = free;
    this.longest = longest;
  }

  /** How long from {@code now} until the key may try again; zero when it may now. */
  synchronized Duration wait(String key, Instant now) {
    Failures known = current(key, now);
    if (known == null || known.count() <= free) {
      return Duration.ZERO;
    }
    Duration delay = delayAfter(known.count() - free);
    Duration left = Duration.between(now, known.latest().plus(delay));
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** Counts a failure; returns how many the key now has. */
  synchronized int failed(String key, Instant now) {
    Failures known = current(key, now);
    int count = known == null ? 1 : known.count() + 1;
    failures.put(key, new Failures(count, now));
    return count;
  }

  synchronized void forget(String key) {
    failures.remove(key);
  }

  private Failures current(String key, Instant now) {
    Failures known = failures.get(key);
    if (known != null && known.latest().plus(FORGET_AFTER).isBefore(now)) {
      failures.remove(key);
      return null;
    }
    return known;
  }

  private Duration delayAfter(int beyondFree) {
    int doublings = Math.min(beyondFree - 1, 30);
    Duration delay = Duration.ofSeconds(1L << doublings);
    return delay.compareTo(longest) > 0 ? longest : delay;
  }
}
