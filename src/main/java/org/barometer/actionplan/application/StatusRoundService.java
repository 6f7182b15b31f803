package org.barometer.actionplan.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.goals.application.Plans;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.application.MailNotSentException;
import org.barometer.survey.application.MailingReport;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Status rounds: staff open one for an action plan, each owner gets a personal link by e-mail and
 * reports on their own activities from it without a login, staff remind those who have not reported
 * and close the round.
 *
 * <p>Deliberately not one transaction, as survey mailings: the round and its owners' links are
 * committed before any mail goes out, and each mail sent is recorded after, so a mail the server
 * refused leaves the owner "not sent" on the round's page, and the next reminder sends the
 * invitation again. One bad address does not stop the others.
 */
@ApplicationScoped
public class StatusRoundService {

  private static final Logger LOG = Logger.getLogger(StatusRoundService.class.getName());

  StatusRounds rounds;
  RoundMailer mailer;
  PlanLanguage languages;
  Plans plans;
  Clock clock;

  /**
   * On the demonstration server, which has no mail server, a link that could not be mailed is
   * written to the log instead, so that the owner's page can be tried.
   */
  boolean demo;

  /** An opened round and how its invitations went. */
  public record Opening(RoundViews.Overview round, MailingReport mailing) {}

  protected StatusRoundService() {}

  @Inject
  public StatusRoundService(
      StatusRounds rounds,
      RoundMailer mailer,
      PlanLanguage languages,
      Plans plans,
      Clock clock,
      @ConfigProperty(name = "barometer.demo", defaultValue = "false") boolean demo) {
    this.rounds = rounds;
    this.mailer = mailer;
    this.languages = languages;
    this.plans = plans;
    this.clock = clock;
    this.demo = demo;
  }

  /** Opens a round and mails every owner their link; see {@link StatusRounds#open}. */
  public Opening open(long actionPlanId, String title, LocalDate reportBy, String openedBy) {
    StatusRounds.Opened opened =
        rounds.open(actionPlanId, title, reportBy, openedBy, clock.instant());
    MailingReport mailing = send(opened.planId(), opened.mails());
    return new Opening(rounds.overview(opened.roundId()), mailing);
  }

  /** Reminds the owners who have not reported on all their activities; see {@link StatusRounds}. */
  public MailingReport remind(long roundId) {
    StatusRounds.Mailing mailing = rounds.reminders(roundId, clock.instant());
    return send(mailing.planId(), mailing.mails());
  }

  public RoundViews.Round close(long roundId) {
    return rounds.close(roundId, clock.instant());
  }

  /** Every plan's action plans with their rounds, by plan as the list of plans orders them. */
  public List<RoundViews.ActionPlanRounds> actionPlans() {
    Map<String, String> titles = new LinkedHashMap<>();
    plans.all().forEach(p -> titles.put(p.id(), p.title()));
    return rounds.actionPlans(titles);
  }

  public List<RoundViews.Round> rounds(long actionPlanId) {
    return rounds.rounds(actionPlanId);
  }

  public RoundViews.Overview overview(long roundId) {
    return rounds.overview(roundId);
  }

  public RoundViews.OwnPage own(String token) {
    return rounds.own(token);
  }

  public RoundViews.OwnPage report(String token, List<ReportForm> reports) {
    return rounds.report(token, reports, clock.instant());
  }

  /**
   * Sends mails a unit of work of {@link StatusRounds} prepared, recording each that the mail
   * server took; for the demonstration loader, which opens its round through {@link StatusRounds}.
   */
  public MailingReport send(String planId, List<RoundMail> mails) {
    if (mails.isEmpty()) {
      return new MailingReport(0, 0);
    }
    Language language = languages.of(planId);
    int sent = 0;
    int failed = 0;
    for (RoundMail mail : mails) {
      try {
        mailer.send(mail, language);
      } catch (MailNotSentException | RuntimeException e) {
        failed++;
        LOG.log(
            Level.WARNING,
            "Status round mail to owner {0} not sent: {1}",
            new Object[] {mail.ownerId(), e.getMessage()});
        if (demo) {
          LOG.info(
              () ->
                  "Demo without mail: "
                      + mail.name()
                      + " reports on "
                      + mail.roundTitle()
                      + " at "
                      + mail.link());
        }
        continue;
      }
      rounds.sent(mail, clock.instant());
      sent++;
    }
    return new MailingReport(sent, failed);
  }
}
