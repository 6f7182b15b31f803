package org.barometer.meeting.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Registrations and their personal-link hashes, stored. Called inside a unit of work. */
public interface RegistrationRepository {

  /**
   * Stores a new registration.
   *
   * @throws RegistrationRefusedException ALREADY_REGISTERED if the address has an active
   *     registration for the meeting (the database's unique key decides, even under a race)
   */
  long add(Registration registration);

  void addToken(long registrationId, String tokenHash);

  Optional<Registration> find(long id);

  Optional<Registration> byTokenHash(String tokenHash);

  /** Whether the address (any case) has an active registration for the meeting. */
  boolean activeEmail(long meetingId, String emailKey);

  /** The address's active registration for the meeting (any case), if it has one. */
  Optional<Registration> active(long meetingId, String emailKey);

  SeatCounts counts(long meetingId);

  /** The waiting list, first in line first, with positions 1, 2, 3... */
  List<Registration> waiting(long meetingId);

  /** All registrations of a meeting, confirmed first, then waiting in order, then cancelled. */
  List<Registration> ofMeeting(long meetingId);

  /** Promotes a WAITING registration (CONFIRMED) or cancels an active one (CANCELLED). */
  void setStatus(long id, RegistrationStatus status, Instant now);

  void setAttendance(long id, Attendance attendance);

  List<EngagementEntry> engagement(String orgNumber);

  /** Registrations holding this address (any case, any meeting), not yet anonymised. */
  List<Registration> byEmail(String emailKey);

  /** Removes the personal data and links, keeps status, attendance and the business. */
  void anonymise(long id, Instant now);

  /** Registrations still holding personal data, with their meeting's end. */
  List<RetentionCandidate> retentionCandidates();
}
