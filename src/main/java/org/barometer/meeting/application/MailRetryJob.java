package org.barometer.meeting.application;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.Startup;
import jakarta.inject.Inject;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Sends refused meeting e-mails again every five minutes, on the server's managed scheduler; each
 * mail waits its own time ({@link UnsentMail#nextAttempt}) between tries.
 */
@ApplicationScoped
public class MailRetryJob {

  private static final Logger LOG = Logger.getLogger(MailRetryJob.class.getName());

  @Resource private ManagedScheduledExecutorService scheduler;

  @Inject MailRetry retry;

  private ScheduledFuture<?> every;

  void start(@Observes Startup startup) {
    every = scheduler.scheduleAtFixedRate(this::run, 5, 5, TimeUnit.MINUTES);
  }

  void run() {
    try {
      retry.retryDue();
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
