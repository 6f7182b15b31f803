package org.barometer.meeting.interfaces.rest;

import org.barometer.meeting.application.PendingView;
import org.barometer.meeting.domain.Meeting;
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
      String registeredAt,
      String kind) {

    /**
     * An anonymised registration keeps its status, attendance and business, not the person. {@code
     * kind} is BUSINESS, PUBLIC_BODY, POLITICIAN or ORGANISATION; null once anonymised.
     */
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
          r.registeredAt().toString(),
          p == null ? null : p.kind().name());
    }
  }

  /**
   * What the person behind a personal link sees of their registration.
   *
   * @param status PENDING (the link's confirmation not yet given), CONFIRMED, WAITING or CANCELLED
   * @param videoLink the meeting's video link, only while the registration is confirmed or waiting
   */
  public record Own(
      String name,
      String status,
      int waitingPosition,
      PublicMeetingView meeting,
      String videoLink) {

    static Own of(Registration r, Meeting meeting) {
      return new Own(
          r.registrant() == null ? null : r.registrant().name(),
          r.status().name(),
          r.waitingPosition(),
          PublicMeetingView.of(meeting),
          r.status().active() ? meeting.details().videoLink() : null);
    }

    static Own pending(PendingView view) {
      return new Own(
          view.pending().request().registrant().name(),
          "PENDING",
          0,
          PublicMeetingView.of(view.meeting()),
          null);
    }
  }
}
