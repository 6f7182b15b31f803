package org.barometer.meeting.domain;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.TextInput;
import org.barometer.platform.i18n.Language;

/**
 * What staff write about a meeting. The time is the civil time in the municipality's zone
 * (Europe/Oslo, Europe/Stockholm): "08:00 in Sandefjord" stays 08:00 even across a change of
 * daylight-saving rules, and the calendar entry carries that zone. The registration deadline is an
 * instant, because it is compared with the clock.
 */
public record MeetingDetails(
    String title,
    String description,
    String agenda,
    LocalDateTime start,
    LocalDateTime end,
    ZoneId zone,
    String place,
    String videoLink,
    int capacity,
    Instant registrationDeadline,
    Access access,
    Language language) {

  /** The most seats a meeting can have: more than any hall, far less than a number gone wrong. */
  public static final int MAX_CAPACITY = 100_000;

  /** Meetings are planned or recorded from this year ... */
  public static final int FIRST_YEAR = 2000;

  /** ... to this one; a year such as +999999 is a typing error, and PostgreSQL would refuse it. */
  public static final int LAST_YEAR = 2200;

  public MeetingDetails {
    title = TextInput.required("title", title, 200);
    description = TextInput.optional("description", description, 20_000);
    agenda = TextInput.optional("agenda", agenda, 20_000);
    place = TextInput.optional("place", place, 300);
    videoLink = TextInput.optional("videoLink", videoLink, 500);
    if (start == null || end == null || zone == null) {
      throw new InvalidInputException("start", "start, end and time zone are required");
    }
    checkYear("start", start.getYear());
    checkYear("end", end.getYear());
    if (!end.isAfter(start)) {
      throw new InvalidInputException("end", "the meeting must end after it starts");
    }
    if (place == null && videoLink == null) {
      throw new InvalidInputException("place", "give a place or a video link (or both)");
    }
    if (videoLink != null && !videoLink.matches("(?i)https?://\\S+")) {
      throw new InvalidInputException("videoLink", "the video link must be an http(s) address");
    }
    if (capacity < 1 || capacity > MAX_CAPACITY) {
      throw new InvalidInputException(
          "capacity", "capacity must be from 1 to " + MAX_CAPACITY + ", was " + capacity);
    }
    Objects.requireNonNull(registrationDeadline, "registrationDeadline");
    checkYear("registrationDeadline", registrationDeadline.atZone(zone).getYear());
    if (registrationDeadline.isAfter(start.atZone(zone).toInstant())) {
      throw new InvalidInputException(
          "registrationDeadline", "the registration deadline must not be after the start");
    }
    access = Objects.requireNonNullElse(access, Access.OPEN);
    language = Objects.requireNonNullElse(language, Language.NB);
  }

  private static void checkYear(String field, int year) {
    if (year < FIRST_YEAR || year > LAST_YEAR) {
      throw new InvalidInputException(
          field,
          field + " must be in the years " + FIRST_YEAR + " to " + LAST_YEAR + ", not " + year);
    }
  }

  /** The start as a point in time in the meeting's zone. */
  public ZonedDateTime zonedStart() {
    return start.atZone(zone);
  }

  public ZonedDateTime zonedEnd() {
    return end.atZone(zone);
  }

  /** The same meeting with another capacity. */
  public MeetingDetails withCapacity(int newCapacity) {
    return new MeetingDetails(
        title,
        description,
        agenda,
        start,
        end,
        zone,
        place,
        videoLink,
        newCapacity,
        registrationDeadline,
        access,
        language);
  }
}
