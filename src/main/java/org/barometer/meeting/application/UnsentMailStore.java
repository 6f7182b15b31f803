package org.barometer.meeting.application;

import java.time.Instant;
import java.util.List;

/** The meeting e-mails waiting to be sent again, in the caller's unit of work. */
public interface UnsentMailStore {

  /**
   * Keeps a refused notice for another try, replacing an earlier unsent one of the same kind for
   * the same registration: the retry writes the mail from the meeting as it is then, so one is
   * enough.
   */
  void add(Notice notice, String error, Instant failedAt, Instant nextAttemptAt);

  /** The mails whose next try is due, oldest first. */
  List<UnsentMail> due(Instant now);

  /** A meeting's unsent mails, given up ones included. */
  List<UnsentMail> ofMeeting(long meetingId);

  /** Records another failure; {@code nextAttemptAt} null gives up. */
  void failedAgain(long id, String error, Instant failedAt, Instant nextAttemptAt);

  void remove(long id);

  /** Makes every unsent mail of the meeting due now, given up ones too, with a fresh count. */
  void retryNow(long meetingId, Instant now);
}
