package org.barometer.platform.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** Alive while the JVM has memory to spare; a restart is the cure when it has not. */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    return HealthCheckResponse.named("memory")
        .status(used < runtime.maxMemory() * 0.95)
        .withData("usedMb", used / (1024 * 1024))
        .withData("maxMb", runtime.maxMemory() / (1024 * 1024))
        .build();
  }
}
