package org.barometer.meeting.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.survey.application.MailNotSentException;

/**
 * Sends the e-mails of a committed unit of work. A mail that cannot be sent is logged and does not
 * undo the registration: the person's place is real, and staff see it in the registration list.
 */
@ApplicationScoped
public class Notices {

  private static final Logger LOG = Logger.getLogger(Notices.class.getName());

  @Inject MeetingMailer mailer;

  protected Notices() {}

  public Notices(MeetingMailer mailer) {
    this.mailer = mailer;
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
      }
    }
    return sent;
  }
}
