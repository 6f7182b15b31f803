package org.barometer.platform.time;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/**
 * The clock services are given: the system's, in UTC. Services take a {@link Clock} in their
 * constructor rather than asking the system, so that a test can set the time. A bean itself
 * ({@code @Dependent}), since CDI finds producers only in beans.
 */
@Dependent
public class SystemClock {

  @Produces
  Clock utc() {
    return Clock.systemUTC();
  }
}
