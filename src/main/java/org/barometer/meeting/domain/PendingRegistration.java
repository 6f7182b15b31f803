package org.barometer.meeting.domain;

import java.time.Instant;

/**
 * A registration from the public page that waits for its address to be confirmed: the person must
 * open the link mailed to it before {@code expiresAt}. It holds no seat and no place in line.
 *
 * @param tokenHash the SHA-256 of the mailed link's token, which becomes the registration's own
 */
public record PendingRegistration(
    String tokenHash,
    long meetingId,
    RegistrationRequest request,
    Instant requestedAt,
    Instant expiresAt) {

  public boolean expired(Instant now) {
    return !now.isBefore(expiresAt);
  }
}
