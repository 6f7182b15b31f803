package org.barometer.survey.domain.register;

import java.util.regex.Pattern;

/**
 * The rules for the plain-text fields of a register row: name, e-mail address and number of
 * employees.
 *
 * <p>They live in one place so that {@link RegisterCsvReader} reports exactly the rule that {@link
 * RegisterEntry} enforces. Each rule returns the normalised value or throws {@link
 * IllegalArgumentException} with a message meant for the staff member who uploaded the file.
 */
final class FieldRules {

  /** Long enough for any registered business name; longer text is a shifted column. */
  static final int MAX_NAME_LENGTH = 200;

  /** The longest address that fits an SMTP forward path (RFC 5321 with errata). */
  static final int MAX_EMAIL_LENGTH = 254;

  private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d+");
  private static final Pattern NEGATIVE_NUMBER = Pattern.compile("-\\d+");

  private FieldRules() {}

  /**
   * A business name: not blank, at most {@value #MAX_NAME_LENGTH} characters and free of line
   * breaks or other control characters, which would break the greeting of an invitation e-mail.
   */
  static String name(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("the name is missing");
    }
    String name = raw.strip();
    int length = name.codePointCount(0, name.length());
    if (length > MAX_NAME_LENGTH) {
      throw new IllegalArgumentException(
          "the name is "
              + length
              + " characters long; at most "
              + MAX_NAME_LENGTH
              + " are allowed");
    }
    if (name.codePoints().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          "the name contains a line break or another control character");
    }
    return name;
  }

  /**
   * An e-mail address, checked pragmatically: the full grammar of RFC 5322 admits addresses no mail
   * system in practice accepts, and the only real test is whether the invitation arrives. The check
   * catches what spreadsheets produce: empty cells, two addresses in one cell, missing domains and
   * stray spaces.
   */
  static String email(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("the e-mail address is missing");
    }
    String email = raw.strip();
    if (email.length() > MAX_EMAIL_LENGTH) {
      throw invalidEmail(email, "it is longer than " + MAX_EMAIL_LENGTH + " characters");
    }
    if (email.codePoints().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw invalidEmail(email, "it contains a space");
    }
    int at = email.indexOf('@');
    if (at < 0 || at != email.lastIndexOf('@')) {
      throw invalidEmail(email, "it must contain exactly one @");
    }
    if (at == 0) {
      throw invalidEmail(email, "there is nothing before the @");
    }
    String domain = email.substring(at + 1);
    if (domain.isEmpty()) {
      throw invalidEmail(email, "there is nothing after the @");
    }
    if (!domain.contains(".")) {
      throw invalidEmail(email, "the domain '" + domain + "' has no dot, as in example.no");
    }
    if (domain.startsWith(".") || domain.endsWith(".") || domain.contains("..")) {
      throw invalidEmail(email, "the domain '" + domain + "' has an empty part between dots");
    }
    return email;
  }

  private static IllegalArgumentException invalidEmail(String email, String reason) {
    return new IllegalArgumentException("'" + email + "' is not a valid e-mail address: " + reason);
  }

  /** A number of employees: a whole number, 0 or more, without decimals or separators. */
  static int employees(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("the number of employees is missing");
    }
    String text = raw.strip();
    if (NEGATIVE_NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number of employees: it cannot be negative");
    }
    if (!WHOLE_NUMBER.matcher(text).matches()) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number of employees: expected a whole number such as 12");
    }
    try {
      return Integer.parseInt(text);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a number of employees: it is far too large");
    }
  }
}
