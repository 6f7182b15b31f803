package org.barometer.meeting.interfaces.rest;

import org.barometer.meeting.domain.Registrant;
import org.barometer.meeting.domain.Registration;

/** Registrations as the API sends them: to staff in full, to the registrant their own. */
public final class RegistrationViews {

  private RegistrationViews() {}

  /**
   * One registration on a meeting's list.
   *
   * @param status CONFIRMED, WAITING or CANCELLED
   * @param waitingPosition 1 for the first on the waiting list; 0 when not waiting
   * @param attendance UNKNOWN, ATTENDED or NO_SHOW
   */
  public record Entry(
      long id,
      String name,
      String email,
      String orgNumber,
      String companyName,
      String role,
      String dietaryNeeds,
      String accessNeeds,
      String status,
      int waitingPosition,
      String attendance,
      boolean walkIn,
      String registeredAt) {

    /** An anonymised registration keeps its status, attendance and business, not the person. */
    static Entry of(Registration r) {
      Registrant p = r.registrant();
      return new Entry(
          r.id(),
          p == null ? null : p.name(),
          p == null ? null : p.email(),
          r.orgNumber(),
          r.companyName(),
          p == null ? null : p.role(),
          p == null ? null : p.dietaryNeeds(),
          p == null ? null : p.accessNeeds(),
          r.status().name(),
          r.waitingPosition(),
          r.attendance().name(),
          r.walkIn(),
          r.registeredAt().toString());
    }
  }

  /** What the person behind a personal link sees of their registration. */
  public record Own(String name, String status, int waitingPosition, MeetingView meeting) {}
}
