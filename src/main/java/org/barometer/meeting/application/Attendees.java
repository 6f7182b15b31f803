package org.barometer.meeting.application;

import java.util.List;
import org.barometer.meeting.domain.Attendance;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.RegistrationRepository;
import org.barometer.platform.error.ConflictException;

/**
 * Whom the mailings after a meeting reach ({@link MinutesMail}, {@link FeedbackService}): those
 * marked as attended who have an e-mail address; an anonymised registration has none.
 */
final class Attendees {

  private Attendees() {}

  /**
   * @throws ConflictException when nobody with an address is marked as attended
   */
  static List<Registration> withAddress(
      MeetingTransactions tx, RegistrationRepository registrations, long meetingId) {
    List<Registration> attended =
        tx.inTransaction(() -> registrations.ofMeeting(meetingId)).stream()
            .filter(r -> r.attendance() == Attendance.ATTENDED)
            .filter(r -> r.registrant() != null && r.registrant().email() != null)
            .toList();
    if (attended.isEmpty()) {
      throw new ConflictException(
          "attendance", "Nobody with an e-mail address is marked as attended yet");
    }
    return attended;
  }
}
