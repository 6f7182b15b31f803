package org.barometer.meeting.interfaces.rest;

import org.barometer.meeting.domain.Meeting;
import org.barometer.meeting.domain.MeetingDetails;

/**
 * A meeting as the API sends it: times as the municipality's clock shows them, with the zone.
 *
 * @param start local date-time in {@code zone}, e.g. 2027-03-15T08:00
 * @param deadline the registration deadline as an instant (UTC)
 * @param access OPEN or INVITATION
 * @param status SCHEDULED or CANCELLED
 */
public record MeetingView(
    long id,
    long forumId,
    String title,
    String description,
    String agenda,
    String start,
    String end,
    String zone,
    String place,
    String videoLink,
    int capacity,
    String deadline,
    String access,
    String language,
    String status,
    String cancelReason) {

  static MeetingView of(Meeting m) {
    MeetingDetails d = m.details();
    return new MeetingView(
        m.id(),
        m.forumId(),
        d.title(),
        d.description(),
        d.agenda(),
        d.start().toString(),
        d.end().toString(),
        d.zone().getId(),
        d.place(),
        d.videoLink(),
        d.capacity(),
        d.registrationDeadline().toString(),
        d.access().name(),
        d.language().tag(),
        m.status().name(),
        m.cancelReason());
  }
}
