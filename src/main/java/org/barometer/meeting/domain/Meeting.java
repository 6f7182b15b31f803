package org.barometer.meeting.domain;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
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

  /**
   * The key a meeting by invitation needs in its public address ({@code ?key=}), so that nobody
   * finds such meetings by counting ids: 96 bits derived from the calendar UID, which is random and
   * never changes. Open meetings need none.
   */
  public String publicKey() {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(("public page " + calendarUid).getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(digest, 12));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  /** Whether the public may see the meeting with this key (null when none was given). */
  public boolean visibleWith(String key) {
    return details.access() == Access.OPEN
        || (key != null
            && MessageDigest.isEqual(
                publicKey().getBytes(StandardCharsets.UTF_8),
                key.getBytes(StandardCharsets.UTF_8)));
  }

  /** The public page's path: {@code /meetings/<id>}, with the key when by invitation. */
  public String publicPath() {
    String page = "/meetings/" + id;
    return details.access() == Access.OPEN ? page : page + "?key=" + publicKey();
  }

  public int capacity() {
    return details.capacity();
  }

  public boolean cancelled() {
    return status == MeetingStatus.CANCELLED;
  }

  /**
   * The meeting with the details changed; when registrants are told, their calendar entry's
   * SEQUENCE goes up so calendar programs replace it.
   */
  public Meeting changed(MeetingDetails newDetails, boolean told) {
    return new Meeting(
        id, forumId, calendarUid, newDetails, status, null, calendarSequence + (told ? 1 : 0));
  }

  /** The meeting cancelled (reason may be null), with the next SEQUENCE for the cancellation. */
  public Meeting cancelledFor(String reason) {
    return new Meeting(
        id, forumId, calendarUid, details, MeetingStatus.CANCELLED, reason, calendarSequence + 1);
  }
}
