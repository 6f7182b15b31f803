package org.barometer.survey.domain.register;

import java.io.Serializable;
import java.util.Objects;
import org.barometer.platform.csv.ProblemList;

/**
 * One reason a register file was refused, pointing at the place staff must correct.
 *
 * @param row the 1-based line number in the file, as a text editor or spreadsheet shows it; the
 *     header is row 1 (unless blank lines precede it)
 * @param field the canonical column name (see {@link RegisterColumn}), or empty when the problem
 *     concerns the whole row or the whole file
 * @param value the offending value as written, shortened if very long, or empty
 * @param message what is wrong, in words meant for the staff member who uploaded the file
 */
public record RowProblem(int row, String field, String value, String message)
    implements Serializable {

  public RowProblem {
    if (row < 1) {
      throw new IllegalArgumentException("row must be 1 or more: " + row);
    }
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(message, "message");
  }

  /**
   * A problem at a line as the CSV reader counts it (a long, clamped to the rows a problem can
   * name), quoting the value {@linkplain ProblemList#shorten shortened}.
   */
  static RowProblem at(long row, String field, String value, String message) {
    int line = (int) Math.min(Math.max(row, 1), Integer.MAX_VALUE);
    return new RowProblem(line, field, ProblemList.shorten(value), message);
  }

  /** A one-line description such as {@code row 4, email 'x@': ...}. */
  public String describe() {
    StringBuilder text = new StringBuilder("row ").append(row);
    if (!field.isEmpty()) {
      text.append(", ").append(field);
      if (!value.isEmpty()) {
        text.append(" '").append(value).append('\'');
      }
    }
    return text.append(": ").append(message).toString();
  }
}
