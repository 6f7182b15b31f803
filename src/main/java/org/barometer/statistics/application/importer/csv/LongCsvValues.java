package org.barometer.statistics.application.importer.csv;

import java.util.regex.Pattern;

/**
 * The rules for the numeric fields of the long CSV format, each throwing {@link
 * IllegalArgumentException} with a message for staff, as the register's {@code FieldRules} do.
 *
 * <p>They are apart from the row reading because they are where a wrong figure would slip in: a
 * decimal comma is accepted only where it cannot be a thousands separator.
 */
final class LongCsvValues {

  /** The most decimals a measure may be shown with; more than a double carries. */
  static final int MAX_DECIMALS = 15;

  private static final Pattern NUMBER =
      Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");

  private LongCsvValues() {}

  /**
   * A value: a plain or scientific number, with a decimal comma allowed only when the delimiter is
   * {@code ;}, since with {@code ,} between columns {@code 12,500} could mean twelve thousand five
   * hundred. Thousands separators are never accepted.
   */
  static double number(String text, char delimiter) {
    String plain = text;
    if (delimiter == ';' && text.indexOf('.') < 0) {
      plain = text.replace(',', '.');
    }
    if (!NUMBER.matcher(plain).matches()) {
      String hint =
          text.indexOf(',') >= 0 && delimiter == ','
              ? "; with ',' between columns, write decimals with a point (12.5)"
              : "";
      throw new IllegalArgumentException("'" + text + "' is not a number" + hint);
    }
    return Double.parseDouble(plain);
  }

  /** A measure's decimals: a whole number from 0 to {@value #MAX_DECIMALS}, or null if empty. */
  static Integer decimals(String text) {
    if (text.isEmpty()) {
      return null;
    }
    if (text.matches("\\d{1,2}") && Integer.parseInt(text) <= MAX_DECIMALS) {
      return Integer.parseInt(text);
    }
    throw new IllegalArgumentException(
        "decimals '" + text + "' is not a whole number from 0 to " + MAX_DECIMALS);
  }
}
