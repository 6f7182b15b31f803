package org.barometer.meeting.application;

import java.time.Instant;
import java.util.Collection;
import java.util.Set;

/**
 * Who has been mailed a meeting's feedback survey, so nobody gets a second link; never which link
 * they got.
 */
public interface FeedbackMails {

  /** The registrations mailed a link to the cycle. */
  Set<Long> mailed(long cycleId);

  /** Records one sending: every registration with the sending's one time. */
  void record(long cycleId, Collection<Long> registrationIds, Instant sentAt);
}
