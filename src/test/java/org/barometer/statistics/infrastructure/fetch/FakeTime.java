package org.barometer.statistics.infrastructure.fetch;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A clock that moves only when someone sleeps on it, and remembers every sleep. */
public final class FakeTime implements TimeSource {

  private long nanos = 1_000_000_000L;
  private final List<Duration> sleeps = new ArrayList<>();

  @Override
  public synchronized long nanoTime() {
    return nanos;
  }

  @Override
  public Instant now() {
    return Instant.ofEpochSecond(1_800_000_000L).plusNanos(nanos);
  }

  @Override
  public synchronized void sleep(Duration duration) {
    sleeps.add(duration);
    nanos += Math.max(0, duration.toNanos());
  }

  /** Lets time pass without anyone sleeping. */
  public synchronized void advance(Duration duration) {
    nanos += duration.toNanos();
  }

  public synchronized List<Duration> sleeps() {
    return List.copyOf(sleeps);
  }

  public synchronized Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }
}
