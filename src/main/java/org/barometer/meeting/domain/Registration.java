package org.barometer.meeting.domain;

import java.time.Instant;
import java.util.Objects;
import org.barometer.platform.i18n.Language;

/**
 * One registration for one meeting, as stored. The registrant is null once the personal data have
 * been anonymised (after the retention period, or erased on request); status, attendance and the
 * organisation number stay, so the meeting's counts and the business's engagement do not change.
 *
 * @param id null before it is stored
 * @param waitingPosition 1-based place in the waiting list when WAITING and read with it, else 0
 */
public record Registration(
    Long id,
    long meetingId,
    Registrant registrant,
    String orgNumber,
    String companyName,
    Language language,
    RegistrationStatus status,
    Attendance attendance,
    boolean walkIn,
    Instant registeredAt,
    Instant consentedAt,
    int retentionDays,
    Instant anonymisedAt,
    int waitingPosition) {

  public Registration {
    Objects.requireNonNull(language);
    Objects.requireNonNull(status);
    Objects.requireNonNull(attendance);
    Objects.requireNonNull(registeredAt);
  }

  /** A new registration from a person's request, placed by the seat allocation. */
  public static Registration of(
      long meetingId,
      RegistrationRequest request,
      RegistrationStatus status,
      Instant now,
      int retentionDays) {
    Registrant r = request.registrant();
    return new Registration(
        null,
        meetingId,
        r,
        r.orgNumber(),
        r.companyName(),
        request.language(),
        status,
        Attendance.UNKNOWN,
        false,
        now,
        now,
        retentionDays,
        null,
        0);
  }

  /** Someone who came without registering: present, outside the capacity, no consent asked yet. */
  public static Registration walkIn(
      long meetingId, Registrant r, Language language, Instant now, int retentionDays) {
    return new Registration(
        null,
        meetingId,
        r,
        r.orgNumber(),
        r.companyName(),
        language,
        RegistrationStatus.CONFIRMED,
        Attendance.ATTENDED,
        true,
        now,
        null,
        retentionDays,
        null,
        0);
  }

  public boolean anonymised() {
    return anonymisedAt != null;
  }

  public String email() {
    return registrant == null ? null : registrant.email();
  }

  public Registration withId(long newId) {
    return new Registration(
        newId,
        meetingId,
        registrant,
        orgNumber,
        companyName,
        language,
        status,
        attendance,
        walkIn,
        registeredAt,
        consentedAt,
        retentionDays,
        anonymisedAt,
        waitingPosition);
  }
}
