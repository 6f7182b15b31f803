package org.barometer.meeting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.platform.cluster.InstanceLocks;

/**
 * Runs the anonymisation of expired registrations once a day, on the server's managed scheduler (no
 * EJB timer). The first run waits ten minutes, so it never races the database migration at start; a
 * day's delay is harmless for a period counted in months.
 *
 * <p>Once a day across servers: a run takes the lease {@value #LOCK} for 23 hours first ({@link
 * InstanceLocks}), so that of several servers on one database only the first whose timer fires runs
 * it that day.
 */
@ApplicationScoped
public class RetentionJob {

  private static final Logger LOG = Logger.getLogger(RetentionJob.class.getName());

  static final String LOCK = "meeting-retention";

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject PrivacyService privacy;
  @Inject InstanceLocks locks;

  private ScheduledFuture<?> daily;

  void start(@Observes Startup startup) {
    daily = scheduler.scheduleAtFixedRate(this::run, 10, 24 * 60, TimeUnit.MINUTES);
  }

  void run() {
    try {
      if (locks.take(LOCK, Duration.ofHours(23))) {
        privacy.anonymiseExpired();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Anonymising expired meeting registrations failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (daily != null) {
      daily.cancel(false);
    }
  }
}
