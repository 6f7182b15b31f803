package org.barometer.meeting.application;

/**
 * The e-mails the meeting feature sends. Those marked with a calendar entry carry the meeting as an
 * .ics attachment; CANCELLED carries it with METHOD:CANCEL so calendars remove it.
 */
public enum NoticeKind {
  /** Registered with a seat. */
  CONFIRMED(true),
  /** Registered on the waiting list, with the position. */
  WAITING(false),
  /** Moved up from the waiting list to a seat. */
  PROMOTED(true),
  /** Staff changed the meeting (time, place, agenda). */
  CHANGED(true),
  /** Staff cancelled the meeting. */
  CANCELLED(true),
  /** A business invited to a meeting that is by invitation only. */
  INVITED(false),
  /**
   * Someone who attended, asked to answer the meeting's anonymous feedback survey. Not kept for
   * {@code MailRetry}: sending the survey again reaches whoever's mail failed.
   */
  FEEDBACK(false);

  private final boolean calendar;

  NoticeKind(boolean calendar) {
    this.calendar = calendar;
  }

  /** Whether the e-mail carries a calendar entry. */
  public boolean calendar() {
    return calendar;
  }

  /** The message-bundle key prefix: meeting.mail.confirmed, meeting.mail.waiting... */
  public String key() {
    return "meeting.mail." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
