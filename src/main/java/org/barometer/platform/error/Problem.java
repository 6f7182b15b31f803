package org.barometer.platform.error;

/**
 * One thing wrong in an input: where it is (the row of a file, 0 when there are no rows; the
 * field), the value found and what is wrong with it.
 */
public record Problem(int row, String field, String value, String message) {

  public static Problem field(String field, String message) {
    return new Problem(0, field, null, message);
  }
}
