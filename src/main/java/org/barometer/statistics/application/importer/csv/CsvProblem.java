package org.barometer.statistics.application.importer.csv;

import java.util.Objects;

/**
 * One reason a CSV file was refused, pointing at the place staff must correct.
 *
 * @param line the 1-based line of the file, as a text editor shows it (the header is usually line
 *     1); 0 when the problem concerns the file as a whole
 * @param column the column's name as documented ({@code value}, {@code period}), or empty when the
 *     problem concerns the whole row or file
 * @param message what is wrong, naming the offending value
 */
public record CsvProblem(long line, String column, String message) {

  public CsvProblem {
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(message, "message");
  }

  /** {@code line 12, column value}, {@code line 12}, or null for the whole file. */
  public String location() {
    if (line < 1) {
      return null;
    }
    return column.isEmpty() ? "line " + line : "line " + line + ", column " + column;
  }

  /** {@code line 12, column value: '12x' is not a number}. */
  public String describe() {
    String location = location();
    return location == null ? message : location + ": " + message;
  }
}
