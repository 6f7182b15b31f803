package org.barometer.meeting.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * Registrations waiting for their address to be confirmed, stored. Called inside a unit of work.
 */
public interface PendingRegistrations {

  void add(PendingRegistration pending);

  Optional<PendingRegistration> byTokenHash(String tokenHash);

  /** Removes it; false if it was not there (removed by a transaction that committed first). */
  boolean remove(String tokenHash);

  /** Removes those that expired by {@code now}; returns how many. */
  int removeExpired(Instant now);

  /** Removes those for this address (any case): an erasure. Returns how many. */
  int removeByEmail(String emailKey);
}
