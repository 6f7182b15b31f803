package org.barometer.meeting.domain;

/**
 * Where a registration stands. Only CONFIRMED ones hold a seat; WAITING ones are served in the
 * order they registered; CANCELLED ones are kept for the engagement history.
 */
public enum RegistrationStatus {
  CONFIRMED,
  WAITING,
  CANCELLED;

  /** Whether the registration still counts (holds a seat or a place in the queue). */
  public boolean active() {
    return this != CANCELLED;
  }
}
