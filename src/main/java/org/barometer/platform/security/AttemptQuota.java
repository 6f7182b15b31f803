package org.barometer.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * At most {@code limit} attempts per key in a window that opens with the key's first attempt. Kept
 * in memory, for at most {@value #KEYS} keys (the least recently used go first), so that made-up
 * keys cannot fill it.
 */
public final class AttemptQuota {

  static final int KEYS = 10_000;

  private record Window(Instant opened, int attempts) {}

  private final int limit;
  private final Duration window;
  private final Map<String, Window> windows =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Window> eldest) {
          return size() > KEYS;
        }
      };

  public AttemptQuota(int limit, Duration window) {
    this.limit = limit;
    this.window = window;
  }

  /**
   * Counts an attempt if the key has attempts left; else counts nothing.
   *
   * @return zero when counted, else how long until the key's window closes
   */
  public synchronized Duration take(String key, Instant now) {
    Window current = windows.get(key);
    if (current == null || !now.isBefore(current.opened().plus(window))) {
      windows.put(key, new Window(now, 1));
      return Duration.ZERO;
    }
    if (current.attempts() >= limit) {
      return Duration.between(now, current.opened().plus(window));
    }
    windows.put(key, new Window(current.opened(), current.attempts() + 1));
    return Duration.ZERO;
  }
}
