package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.platform.error.ConflictException;
import org.barometer.shared.PersonalToken;
import org.barometer.survey.domain.Invitation;
import org.barometer.survey.domain.SurveyCycle;

/**
 * Sends invitations and reminders, each with a new personal link.
 *
 * <p>Deliberately not one transaction: each business's link is stored before its mail goes out (so
 * no mail ever carries a link the database does not know), and the mailing is recorded after (so a
 * failed send leaves the business to be tried again next time). One bad address does not stop the
 * others.
 */
@ApplicationScoped
public class MailingService {

  private static final Logger LOG = Logger.getLogger(MailingService.class.getName());

  @Inject SurveyService surveys;
  @Inject InvitationService invitations;
  @Inject InvitationMailer mailer;

  /** Invites every business of the cycle that has not had its invitation yet. */
  public MailingReport sendInvitations(long cycleId) {
    SurveyCycle cycle = requireOpen(cycleId);
    return send(
        cycle, invitations.invitations(cycleId).stream().filter(i -> !i.sent()).toList(), false);
  }

  /** Reminds every invited business that has not answered yet. */
  public MailingReport sendReminders(long cycleId) {
    SurveyCycle cycle = requireOpen(cycleId);
    return send(
        cycle, invitations.unanswered(cycleId).stream().filter(Invitation::sent).toList(), true);
  }

  private MailingReport send(SurveyCycle cycle, List<Invitation> recipients, boolean reminder) {
    int sent = 0;
    int failed = 0;
    for (Invitation invitation : recipients) {
      PersonalToken token = invitations.issueToken(invitation.id());
      try {
        mailer.send(cycle, invitation.business(), token, reminder);
        invitations.recordMailing(invitation.id());
        sent++;
      } catch (MailNotSentException e) {
        LOG.log(
            Level.WARNING,
            "No mail to business {0}: {1}",
            new Object[] {invitation.business().orgNumber(), e.getMessage()});
        failed++;
      }
    }
    return new MailingReport(sent, failed);
  }

  private SurveyCycle requireOpen(long cycleId) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (!cycle.acceptsAnswers()) {
      throw new ConflictException(
          "cycle",
          "Invitations go out only while a cycle is open; "
              + cycle.label()
              + " is "
              + cycle.status());
    }
    return cycle;
  }
}
