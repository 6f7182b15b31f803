package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.survey.application.MailNotSentException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the e-mails of a committed unit of work. A mail that cannot be sent is logged and does not
 * undo the registration: the person's place is real. It is kept for {@link MailRetry}, which sends
 * it again later, and staff see it on the meeting's page.
 */
@ApplicationScoped
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  MeetingMailer mailer;
  MeetingTransactions tx;
  UnsentMailStore unsent;

  Clock clock;

  /**
   * On the demonstration server, which has no mail server, a link to confirm a registration that
   * could not be mailed is written to the log instead, so that the demo can be tried to the end.
   */
  private boolean demo;

  protected Notices() {}

  /** Wired by CDI, or by hand outside a container (the tests). */
  @Inject
  public Notices(
      MeetingMailer mailer,
      MeetingTransactions tx,
      UnsentMailStore unsent,
      Clock clock,
      @ConfigProperty(name = "barometer.demo", defaultValue = "false") boolean demo) {
    this.demo = demo;
    this.mailer = mailer;
    this.tx = tx;
    this.unsent = unsent;
    this.clock = clock;
  }

  /**
   * Runs a unit of work that collects the notices it causes, and sends them only once it has
   * committed, so nobody is told of a seat a rollback took back. A unit that is run again (after a
   * lost race) starts with no notices.
   */
  public <T> T afterCommit(MeetingTransactions tx, Function<List<Notice>, T> work) {
    List<Notice> mail = new ArrayList<>();
    T result =
        tx.inTransaction(
            () -> {
              mail.clear();
              return work.apply(mail);
            });
    send(mail);
    return result;
  }

  /** Sends each notice; returns how many were handed to the mail system. */
  public int send(List<Notice> notices) {
    int sent = 0;
    for (Notice n : notices) {
      try {
        mailer.send(n);
        sent++;
      } catch (MailNotSentException | RuntimeException e) {
        LOG.log(
            Level.WARNING,
            "Meeting e-mail {0} for meeting {1} not sent: {2}",
            new Object[] {n.kind(), n.meeting().id(), e.getMessage()});
        keepForRetry(n, e.getMessage());
        if (demo && n.kind() == NoticeKind.REQUESTED) {
          LOG.info(() -> "Demo without mail: confirm the registration at " + n.link());
        }
      }
    }
    return sent;
  }

  /** Hands a refused mail to {@link MailRetry}, if it is of a kind that is sent again. */
  private void keepForRetry(Notice n, String error) {
    if (!n.kind().retried()) {
      return;
    }
    Instant now = clock.instant();
    tx.run(() -> unsent.add(n, error, now, UnsentMail.nextAttempt(1, now).orElseThrow()));
  }
}
