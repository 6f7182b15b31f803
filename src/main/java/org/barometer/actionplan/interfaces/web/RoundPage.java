package org.barometer.actionplan.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.barometer.actionplan.application.RoundViews;
import org.barometer.actionplan.application.StatusRoundService;
import org.barometer.platform.security.Role;
import org.barometer.platform.security.StaffAction;
import org.barometer.platform.web.LanguageChoice;
import org.barometer.platform.web.Messages;
import org.barometer.survey.application.MailingReport;

/**
 * A status round for staff: each owner with their activities, how many they have reported and when,
 * and the status given for each in this round; for analysts, reminders to those who have not
 * reported and closing the round.
 */
@Named
@ViewScoped
public class RoundPage implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Norway's and Sweden's zones have the same rules. */
  private static final ZoneId ZONE = ZoneId.of("Europe/Oslo");

  @Inject StatusRoundService rounds;
  @Inject LanguageChoice language;

  private long id;
  private transient RoundViews.Overview overview;

  public RoundViews.Overview getOverview() {
    if (overview == null) {
      overview = rounds.overview(id);
    }
    return overview;
  }

  @StaffAction(Role.ANALYST)
  public void remind() {
    Messages.attempt(
        () -> {
          MailingReport r = rounds.remind(id);
          Messages.info(Messages.text("round.page.reminded", r.sent(), r.failed()));
        });
    overview = null;
  }

  @StaffAction(Role.ANALYST)
  public void close() {
    Messages.attempt(() -> rounds.close(id), Messages.text("round.page.closedNow"));
    overview = null;
  }

  /** A moment as the office reads it: day and time in the municipality's zone. */
  public String time(Instant at) {
    return at == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(language.getLocale())
            .format(at.atZone(ZONE));
  }

  public long getId() {
    return id;
  }

  public void setId(long id) {
    this.id = id;
  }
}
