package org.barometer.meeting.application;

/**
 * The e-mails the meeting feature sends. Those marked with a calendar entry carry the meeting as an
 * .ics attachment; CANCELLED carries it with METHOD:CANCEL so calendars remove it.
 */
public enum NoticeKind {
  /**
   * Asked to confirm a registration from the public page by opening the link. Not kept for {@code
   * MailRetry}: the link exists only in this mail; whoever did not get it registers again.
   */
  REQUESTED(false, false),
  /** Asked to register again with an address that is registered: the link to the registration. */
  ALREADY_REGISTERED(false, false),
  /** Registered with a seat. */
  CONFIRMED(true, true),
  /** Registered on the waiting list, with the position. */
  WAITING(false, true),
  /** Moved up from the waiting list to a seat. */
  PROMOTED(true, true),
  /** Staff changed the meeting (time, place, agenda). */
  CHANGED(true, true),
  /** Staff cancelled the meeting. */
  CANCELLED(true, true),
  /** A business invited to a meeting that is by invitation only. */
  INVITED(false, true),
  /**
   * Someone who attended, asked to answer the meeting's anonymous feedback survey. Not kept for
   * {@code MailRetry}: sending the survey again reaches whoever's mail failed.
   */
  FEEDBACK(false, false),
  /**
   * The minutes, to someone who attended. Kept for {@code MailRetry}, which writes it again from
   * the minutes as they are then.
   */
  MINUTES(false, true);

  private final boolean calendar;
  private final boolean retried;

  NoticeKind(boolean calendar, boolean retried) {
    this.calendar = calendar;
    this.retried = retried;
  }

  /** Whether the e-mail carries a calendar entry. */
  public boolean calendar() {
    return calendar;
  }

  /** Whether a mail the server refused is kept for {@code MailRetry} to send again. */
  public boolean retried() {
    return retried;
  }

  /** The message-bundle key prefix: meeting.mail.confirmed, meeting.mail.waiting... */
  public String key() {
    return "meeting.mail." + name().toLowerCase(java.util.Locale.ROOT);
  }
}
