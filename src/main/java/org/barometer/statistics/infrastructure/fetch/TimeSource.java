package org.barometer.statistics.infrastructure.fetch;

import java.time.Duration;
import java.time.Instant;

/**
 * The clock the office clients wait by. Rate limits and {@code Retry-After} make a client wait for
 * seconds to a minute; behind this interface tests advance a fake clock instead of sleeping.
 */
public interface TimeSource {

  /** Monotonic time in nanoseconds, as {@link System#nanoTime()}. */
  long nanoTime();

  /** The wall-clock time, for a {@code Retry-After} given as a date. */
  default Instant now() {
    return Instant.now();
  }

  /** Waits this long (or returns at once for a zero or negative duration). */
  void sleep(Duration duration) throws InterruptedException;

  /** The real clock. */
  static TimeSource system() {
    return new TimeSource() {
      @Override
      public long nanoTime() {
        return System.nanoTime();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedException {
        if (!duration.isNegative() && !duration.isZero()) {
          Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
        }
      }
    };
  }
}
