package org.barometer.survey.domain.register;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems found in one register file, bounded so that a wholly wrong file (say, a different
 * export with five bad fields on each of 100,000 rows) does not fill memory with messages nobody
 * will read past the first screen.
 */
final class ProblemList {

  /** How long a quoted value may be in a problem; longer ones are cut. */
  static final int MAX_VALUE_LENGTH = 80;

  private final int maxProblems;
  private final List<RowProblem> problems = new ArrayList<>();
  private boolean full;

  ProblemList(int maxProblems) {
    this.maxProblems = maxProblems;
  }

  /** Records a problem; beyond the limit, records a final note instead and ignores the rest. */
  void add(long row, String field, String value, String message) {
    if (full) {
      return;
    }
    int line = (int) Math.min(Math.max(row, 1), Integer.MAX_VALUE);
    if (problems.size() < maxProblems) {
      problems.add(new RowProblem(line, field, shorten(value), message));
      return;
    }
    full = true;
    problems.add(
        new RowProblem(
            line,
            "",
            "",
            "more than "
                + maxProblems
                + " problems; the rest of the file was not checked. Is this the right file?"));
  }

  private static String shorten(String value) {
    if (value == null) {
      return "";
    }
    String stripped = value.strip();
    return stripped.length() <= MAX_VALUE_LENGTH
        ? stripped
        : stripped.substring(0, MAX_VALUE_LENGTH - 1) + "…";
  }

  /** Whether the limit was reached, so reading can stop. */
  boolean isFull() {
    return full;
  }

  boolean isEmpty() {
    return problems.isEmpty();
  }

  List<RowProblem> asList() {
    return List.copyOf(problems);
  }
}
