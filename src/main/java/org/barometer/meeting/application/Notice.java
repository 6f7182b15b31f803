package org.barometer.meeting.application;

import java.util.Objects;
import org.barometer.meeting.domain.Meeting;
import org.barometer.platform.i18n.Language;

/**
 * One e-mail to send once the unit of work that caused it has committed: never before, so nobody is
 * told of a seat that a rollback took back.
 *
 * @param registrationId the registration it is about; null for an invitation to a business
 * @param link the personal link (to see or cancel the registration), or for an invitation the
 *     meeting's registration page
 * @param waitingPosition the place in the waiting list, for WAITING; else 0
 * @param withCalendar whether to attach the calendar entry (only those holding a seat get one)
 * @param retentionDays the days after the meeting the registrant's data are kept (0: none held)
 * @param text a text the mail carries (the minutes, for MINUTES); else null
 */
public record Notice(
    NoticeKind kind,
    Meeting meeting,
    Long registrationId,
    String name,
    String email,
    Language language,
    String link,
    int waitingPosition,
    boolean withCalendar,
    int retentionDays,
    String text) {

  public Notice {
    Objects.requireNonNull(kind);
    Objects.requireNonNull(meeting);
    Objects.requireNonNull(email);
    Objects.requireNonNull(language);
  }

  /** A notice that carries no text of its own. */
  public Notice(
      NoticeKind kind,
      Meeting meeting,
      Long registrationId,
      String name,
      String email,
      Language language,
      String link,
      int waitingPosition,
      boolean withCalendar,
      int retentionDays) {
    this(
        kind,
        meeting,
        registrationId,
        name,
        email,
        language,
        link,
        waitingPosition,
        withCalendar,
        retentionDays,
        null);
  }
}
