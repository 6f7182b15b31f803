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
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends refused meeting e-mails again every five minutes, on the server's managed scheduler; each
 * mail waits its own time ({@link UnsentMail#nextAttempt}) between tries.
 *
 * <p>Once across servers: each turn takes the lease {@value #LOCK} for nine tenths of the period
 * first ({@link InstanceLocks}), so that of several servers on one database only one sends each
 * turn (two servers retrying the same due mail at once would send it twice). The period is {@code
 * barometer.meetings.mail-retry-period} (five minutes; the two-instance test shortens it).
 */
@ApplicationScoped
public class MailRetryJob {

  private static final Logger LOG = Logger.getLogger(MailRetryJob.class.getName());

  static final String LOCK = "meeting-mail-retry";

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject MailRetry retry;
  @Inject InstanceLocks locks;

  @Inject
  @ConfigProperty(name = "barometer.meetings.mail-retry-period", defaultValue = "PT5M")
  Duration period;

  private ScheduledFuture<?> every;

  void start(@Observes Startup startup) {
    long millis = period.toMillis();
    every = scheduler.scheduleAtFixedRate(this::run, millis, millis, TimeUnit.MILLISECONDS);
  }

  void run() {
    try {
      if (locks.take(LOCK, period.multipliedBy(9).dividedBy(10))) {
        retry.retryDue();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Sending meeting e-mails again failed", e);
    }
  }

  @PreDestroy
  void stop() {
    if (every != null) {
      every.cancel(false);
    }
  }
}
