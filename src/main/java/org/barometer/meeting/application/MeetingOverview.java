package org.barometer.meeting.application;

import java.util.List;
import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.Registration;
import org.barometer.meeting.domain.SeatCounts;

/**
 * What staff see of a meeting: seats taken, the waiting list in order and everyone's attendance.
 * Walk-ins are in {@code registrations} but not in {@code seats}.
 */
public record MeetingOverview(
    Meeting meeting, SeatCounts seats, List<Registration> registrations, List<String> invited) {

  public List<Registration> waitingList() {
    return registrations.stream().filter(r -> r.waitingPosition() > 0).toList();
  }
}
