package org.barometer.survey.domain.register;

import java.util.Objects;
import java.util.regex.Pattern;
import org.barometer.shared.Country;

/**
 * A Norwegian or Swedish organisation number whose check digit has been verified.
 *
 * <p>The register upload identifies each business by this number, and duplicates are detected on
 * it, so it must be normalised: {@link #value()} holds digits only, whatever separators the file
 * used. Only {@link #parse(String)} creates instances, so holding an {@code OrgNumber} means the
 * number passed its check digit test.
 *
 * <ul>
 *   <li>Norway: 9 digits; the last is a modulus-11 check digit with weights 3, 2, 7, 6, 5, 4, 3, 2.
 *       Spaces between digit groups are accepted, as in "923 609 016".
 *   <li>Sweden: 10 digits; the last is a Luhn check digit. The usual form "556036-0793" is
 *       accepted, as is the 12-digit form with the century-like prefix "16" ("16556036-0793") that
 *       some systems write for legal entities. The third digit is not checked, because a sole
 *       trader (enskild firma) is registered under the owner's personnummer, which passes the same
 *       Luhn check.
 * </ul>
 */
public final class OrgNumber {

  private static final int[] NORWEGIAN_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};
  private static final Pattern NORWEGIAN = Pattern.compile("\\d{9}");
  private static final Pattern SWEDISH = Pattern.compile("(?:16)?(\\d{6})-?(\\d{4})");

  private final Country country;
  private final String value;

  private OrgNumber(Country country, String value) {
    this.country = country;
    this.value = value;
  }

  /**
   * Parses and verifies an organisation number.
   *
   * @param raw the number as typed or exported, e.g. "923609016", "923 609 016" or "556036-0793"
   * @return the verified number, normalised to digits only
   * @throws IllegalArgumentException if the text is not shaped like an organisation number or its
   *     check digit is wrong; the message says which check failed so staff can correct the file
   */
  public static OrgNumber parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new IllegalArgumentException("the organisation number is missing");
    }
    String compact = raw.strip().replaceAll("[\\s\\u00A0\\u202F]", "");
    if (NORWEGIAN.matcher(compact).matches()) {
      return norwegian(raw.strip(), compact);
    }
    var swedish = SWEDISH.matcher(compact);
    if (swedish.matches()) {
      return swedish(raw.strip(), swedish.group(1) + swedish.group(2));
    }
    throw new IllegalArgumentException(
        "'"
            + raw.strip()
            + "' is not an organisation number: expected 9 digits (Norwegian, e.g. 923609016)"
            + " or 10 digits (Swedish, e.g. 556036-0793)");
  }

  private static OrgNumber norwegian(String shown, String digits) {
    int sum = 0;
    for (int i = 0; i < NORWEGIAN_WEIGHTS.length; i++) {
      sum += digit(digits, i) * NORWEGIAN_WEIGHTS[i];
    }
    int remainder = sum % 11;
    if (remainder == 1) {
      // 11 - 1 = 10 is not a digit, so Brønnøysundregistrene never issues such numbers.
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' is not a valid Norwegian organisation number: the modulus-11 check of the first"
              + " 8 digits leaves remainder 1, which no issued number has");
    }
    int expected = remainder == 0 ? 0 : 11 - remainder;
    if (digit(digits, 8) != expected) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' is not a valid Norwegian organisation number: the modulus-11 check digit"
              + " should be "
              + expected);
    }
    return new OrgNumber(Country.NO, digits);
  }

  private static OrgNumber swedish(String shown, String digits) {
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int product = digit(digits, i) * (i % 2 == 0 ? 2 : 1);
      sum += product > 9 ? product - 9 : product;
    }
    int expected = (10 - sum % 10) % 10;
    if (digit(digits, 9) != expected) {
      throw new IllegalArgumentException(
          "'"
              + shown
              + "' is not a valid Swedish organisation number: the Luhn check digit should be "
              + expected);
    }
    return new OrgNumber(Country.SE, digits);
  }

  private static int digit(String digits, int index) {
    return digits.charAt(index) - '0';
  }

  /**
   * Whether the number may be a person's identity number: a Swedish sole trader trades under the
   * owner's personnummer (or samordningsnummer), whose third and fourth digits are the birth month,
   * so its third digit is 0 or 1. Legal entities' numbers have 2 or more there (the group number, 5
   * for an aktiebolag); Norwegian organisation numbers never identify a person.
   */
  public boolean mayBeAPersonalIdentityNumber() {
    return country == Country.SE && digit(value, 2) < 2;
  }

  /** The issuing country, told apart by the number of digits. */
  public Country country() {
    return country;
  }

  /** The number as digits only: 9 for Norway, 10 for Sweden (without any "16" prefix). */
  public String value() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof OrgNumber that && country == that.country && value.equals(that.value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(country, value);
  }

  @Override
  public String toString() {
    return value;
  }
}
