package org.barometer.statistics.application.importer.csv;

import java.util.List;
import java.util.stream.Collectors;
import org.barometer.statistics.application.importer.ImportException;

/**
 * A CSV file refused with every problem found, so that staff can fix the file in one go instead of
 * one error per upload. {@link #location()} and the first line of the message are those of the
 * first problem; each further problem follows on its own line with its location.
 */
public class CsvRejectedException extends ImportException {

  private static final long serialVersionUID = 1L;

  private final transient List<CsvProblem> problems;

  /**
   * @param fileName the file as the user named it
   * @param problems at least one problem, in file order
   */
  public CsvRejectedException(String fileName, List<CsvProblem> problems) {
    super(fileName, first(problems).location(), text(problems));
    this.problems = List.copyOf(problems);
  }

  private static CsvProblem first(List<CsvProblem> problems) {
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refused file must have at least one problem");
    }
    return problems.get(0);
  }

  private static String text(List<CsvProblem> problems) {
    return problems.get(0).message()
        + problems.stream().skip(1).map(p -> "\n" + p.describe()).collect(Collectors.joining());
  }

  /** Every problem found, in file order; never empty. */
  public List<CsvProblem> problems() {
    return problems;
  }
}
