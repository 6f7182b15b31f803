package org.barometer.meeting.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One meeting of a forum. Besides what staff wrote ({@link MeetingDetails}) it carries its calendar
 * identity: a UID that never changes and a SEQUENCE raised each time registrants are told of a
 * change, so calendar programs replace the entry they have instead of adding a second one.
 *
 * @param id null before it is stored
 */
public record Meeting(
    Long id,
    long forumId,
    String calendarUid,
    MeetingDetails details,
    MeetingStatus status,
    String cancelReason,
    int calendarSequence) {

  public Meeting {
    Objects.requireNonNull(calendarUid);
    Objects.requireNonNull(details);
    Objects.requireNonNull(status);
  }

  /**
   * Why a registration at {@code now} is refused, if it is: a cancelled meeting first, then the
   * deadline, then the invitation list.
   */
  public Optional<Refusal> registrationRefusal(Instant now, boolean invited) {
    if (status == MeetingStatus.CANCELLED) {
      return Optional.of(Refusal.MEETING_CANCELLED);
    }
    if (now.isAfter(details.registrationDeadline())) {
      return Optional.of(Refusal.DEADLINE_PASSED);
    }
    if (details.access() == Access.INVITATION && !invited) {
      return Optional.of(Refusal.NOT_INVITED);
    }
    return Optional.empty();
  }

  public int capacity() {
    return details.capacity();
  }

  public boolean cancelled() {
    return status == MeetingStatus.CANCELLED;
  }
}
