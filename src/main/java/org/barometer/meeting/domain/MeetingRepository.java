package org.barometer.meeting.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

/** Meetings and their invitation lists, stored. Called inside a unit of work. */
public interface MeetingRepository {

  long add(Meeting meeting, Instant now);

  /** Writes details, status, cancel reason and calendar sequence. */
  void update(Meeting meeting, Instant now);

  Optional<Meeting> find(long id);

  /**
   * The meeting, with its row locked until the unit of work ends: whoever holds it is the only one
   * allocating this meeting's seats, so counting and then inserting cannot overbook.
   */
  Optional<Meeting> lock(long id);

  List<Meeting> byForum(long forumId);

  /** Meetings (of every forum) whose civil end is after {@code localTime}, soonest first. */
  List<Meeting> endingAfter(LocalDateTime localTime);

  /**
   * Meetings (of every forum) that started before {@code localTime}, the latest first, at most
   * {@code limit}.
   */
  List<Meeting> startedBefore(LocalDateTime localTime, int limit);

  /**
   * Records people from outside the register invited by e-mail; those already invited (by address,
   * in any case) are left as they were.
   *
   * @return those newly invited
   */
  List<Guest> inviteGuests(long meetingId, List<Guest> guests, Instant now);

  /** Whether the address (lower case) was invited to the meeting as a guest. */
  boolean guestInvited(long meetingId, String emailKey);

  /** The guests invited to the meeting, by name. */
  List<Guest> guests(long meetingId);

  /** Records the businesses invited; those already invited are left as they were. */
  void invite(long meetingId, List<String> orgNumbers, Instant now);

  boolean invited(long meetingId, String orgNumber);

  List<String> invitations(long meetingId);
}
