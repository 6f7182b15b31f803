package org.barometer.meeting.interfaces.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.barometer.meeting.domain.MeetingDetails;

/** A meeting's time as a person reads it, on the municipality's clock, in the page's language. */
final class MeetingTimes {

  private MeetingTimes() {}

  /** "Monday 15 March 2027, 08:00–10:00". */
  static String span(MeetingDetails d, Locale locale) {
    return day(d.start(), locale)
        + ", "
        + time(d.start(), locale)
        + "–"
        + (d.end().toLocalDate().equals(d.start().toLocalDate())
            ? time(d.end(), locale)
            : day(d.end(), locale) + " " + time(d.end(), locale));
  }

  /** An instant, such as the registration deadline, on the meeting's clock. */
  static String at(Instant instant, ZoneId zone, Locale locale) {
    LocalDateTime local = LocalDateTime.ofInstant(instant, zone);
    return day(local, locale) + ", " + time(local, locale);
  }

  private static String day(LocalDateTime t, Locale locale) {
    return t.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale));
  }

  private static String time(LocalDateTime t, Locale locale) {
    return t.format(DateTimeFormatter.ofPattern("HH:mm", locale));
  }
}
