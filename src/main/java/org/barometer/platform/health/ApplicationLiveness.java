package org.barometer.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.util.Objects;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Alive while the JVM has memory to spare after collecting its garbage; a restart is the cure when
 * it has not.
 *
 * <p>The heap's plain "used" figure counts garbage not yet collected, and a busy server runs near
 * its maximum between collections (a CI run saw 965 of 989 MB on a healthy server): judged on that,
 * liveness would restart healthy servers. What the collectors left behind in each heap pool at
 * their last run is what is really held.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  /** Down when the heap holds more than this share of its maximum after collecting. */
  static final double FULL = 0.95;

  @Override
  public HealthCheckResponse call() {
    long max = Runtime.getRuntime().maxMemory();
    long held = heldAfterCollection();
    return HealthCheckResponse.named("memory")
        .status(held < max * FULL)
        .withData("heldAfterGcMb", held / (1024 * 1024))
        .withData("maxMb", max / (1024 * 1024))
        .build();
  }

  /** The bytes the heap pools held after their last collection (0 for a pool not yet collected). */
  static long heldAfterCollection() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP)
        .map(MemoryPoolMXBean::getCollectionUsage)
        .filter(Objects::nonNull)
        .mapToLong(MemoryUsage::getUsed)
        .sum();
  }
}
