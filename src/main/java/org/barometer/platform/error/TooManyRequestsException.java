package org.barometer.platform.error;

import java.time.Duration;

/** Someone asked more often than a limit allows; they may ask again after {@link #retryAfter}. */
public class TooManyRequestsException extends RuntimeException {

  private final Duration retryAfter;

  public TooManyRequestsException(String message, Duration retryAfter) {
    super(message);
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }

  /** Whole minutes to wait, rounded up, for a person to read. */
  public long retryAfterMinutes() {
    return minutes(retryAfter);
  }

  /** A wait in whole minutes, rounded up. */
  public static long minutes(Duration wait) {
    return (wait.toSeconds() + 59) / 60;
  }

  /** Whole seconds to wait, rounded up, for a {@code Retry-After} header. */
  public long retryAfterSeconds() {
    return (retryAfter.toMillis() + 999) / 1000;
  }
}
