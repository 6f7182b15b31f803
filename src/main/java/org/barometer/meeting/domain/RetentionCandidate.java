package org.barometer.meeting.domain;

import java.time.Instant;

/**
 * A registration still holding personal data, with when its meeting ended and the period stated.
 */
public record RetentionCandidate(long registrationId, Instant meetingEnded, int retentionDays) {

  /** Whether the data must go at {@code now}: the stated period, or a shorter configured one. */
  public boolean due(Instant now, int configuredDays) {
    int days = Math.min(retentionDays, configuredDays);
    return meetingEnded.plus(java.time.Duration.ofDays(days)).isBefore(now);
  }
}
