package org.barometer.meeting.interfaces.rest;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.barometer.meeting.domain.Access;
import org.barometer.meeting.domain.MeetingDetails;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.i18n.Language;

/**
 * A meeting as staff write it: times on the municipality's clock ({@code 2027-03-15T08:00}) in its
 * zone ({@code Europe/Oslo}), the deadline too, so nobody converts to UTC by hand.
 *
 * @param access OPEN (default) or INVITATION
 * @param language nb, sv or en: the meeting's language, and the e-mails'
 */
public record MeetingForm(
    String title,
    String description,
    String agenda,
    String start,
    String end,
    String zone,
    String place,
    String videoLink,
    Integer capacity,
    String deadline,
    String access,
    String language) {

  /**
   * @throws InvalidInputException naming the field that cannot be read or does not fit
   */
  MeetingDetails details() {
    ZoneId zoneId = zoneId();
    LocalDateTime starts = time("start", start);
    LocalDateTime closes =
        deadline == null || deadline.isBlank() ? starts : time("deadline", deadline);
    return new MeetingDetails(
        title,
        description,
        agenda,
        starts,
        time("end", end),
        zoneId,
        place,
        videoLink,
        capacity == null ? 0 : capacity,
        closes.atZone(zoneId).toInstant(),
        accessRule(),
        language == null || language.isBlank() ? Language.NB : Language.fromTag(language));
  }

  private ZoneId zoneId() {
    try {
      return ZoneId.of(zone == null || zone.isBlank() ? "Europe/Oslo" : zone.strip());
    } catch (DateTimeException e) {
      throw new InvalidInputException("zone", "zone must be a time zone such as Europe/Oslo");
    }
  }

  private Access accessRule() {
    try {
      return access == null || access.isBlank()
          ? Access.OPEN
          : Access.valueOf(access.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("access", "access must be OPEN or INVITATION");
    }
  }

  private static LocalDateTime time(String field, String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, field + " is required, e.g. 2027-03-15T08:00");
    }
    try {
      return LocalDateTime.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(
          field, field + " must be a date and time such as 2027-03-15T08:00, not " + text);
    }
  }
}
