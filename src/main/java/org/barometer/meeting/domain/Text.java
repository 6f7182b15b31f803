package org.barometer.meeting.domain;

import org.barometer.platform.error.InvalidInputException;

/** The checks every free-text field of this feature gets: trimmed, bounded, named when refused. */
final class Text {

  private Text() {}

  static String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null) {
      throw new InvalidInputException(field, field + " is required");
    }
    return v;
  }

  static String optional(String field, String value, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = value.strip();
    if (v.length() > max) {
      throw new InvalidInputException(
          field, field + " is too long: " + v.length() + " characters, at most " + max);
    }
    return v;
  }
}
