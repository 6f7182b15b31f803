package org.barometer.meeting.interfaces.rest;

import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;

/**
 * A meeting as anyone may see it, exactly what its public page shows: no video link (only those
 * registered get it, by e-mail and behind their personal link), no capacity, only whether it is
 * held online too.
 *
 * @param start local date-time in {@code zone}, e.g. 2027-03-15T08:00
 * @param deadline the registration deadline as an instant (UTC)
 * @param access OPEN or INVITATION
 * @param status SCHEDULED or CANCELLED, with the reason the page shows
 */
public record PublicMeetingView(
    long id,
    String title,
    String description,
    String agenda,
    String start,
    String end,
    String zone,
    String place,
    boolean online,
    String deadline,
    String access,
    String language,
    String status,
    String cancelReason) {

  static PublicMeetingView of(Meeting m) {
    MeetingDetails d = m.details();
    return new PublicMeetingView(
        m.id(),
        d.title(),
        d.description(),
        d.agenda(),
        d.start().toString(),
        d.end().toString(),
        d.zone().getId(),
        d.place(),
        d.videoLink() != null,
        d.registrationDeadline().toString(),
        d.access().name(),
        d.language().tag(),
        m.status().name(),
        m.cancelReason());
  }
}
