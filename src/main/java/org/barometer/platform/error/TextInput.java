package org.barometer.platform.error;

/**
 * The checks every free-text field gets: trimmed, bounded, and named when refused, so that the
 * answer to a form or an API call says which field is wrong.
 */
public final class TextInput {

  private TextInput() {}

  /**
   * @throws InvalidInputException naming {@code field} when the value is blank or too long
   */
  public static String required(String field, String value, int max) {
    String v = optional(field, value, max);
    if (v == null) {
      throw new InvalidInputException(field, field + " is required");
    }
    return v;
  }

  /**
   * The value trimmed, or null when blank.
   *
   * @throws InvalidInputException naming {@code field} when the value is too long
   */
  public static String optional(String field, String value, int max) {
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
