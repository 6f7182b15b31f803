package org.barometer.survey.domain.register;

import java.util.List;
import java.util.Objects;

/**
 * A register file was refused as a whole; nothing from it was imported.
 *
 * <p>The upload is all or nothing because a partly imported register would invite some businesses
 * and silently leave out others. So the exception carries every problem found, letting staff fix
 * the file in one go instead of one error per upload.
 */
public class RegisterRejectedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** How many problems {@link #getMessage()} spells out before summarising the rest. */
  static final int PROBLEMS_IN_MESSAGE = 10;

  private final String fileName;
  private final List<RowProblem> problems;

  /**
   * @param fileName the name of the uploaded file, as staff know it
   * @param problems every problem found, at least one, in file order
   */
  public RegisterRejectedException(String fileName, List<RowProblem> problems) {
    super(summary(fileName, problems));
    this.fileName = fileName;
    this.problems = List.copyOf(problems);
  }

  private static String summary(String fileName, List<RowProblem> problems) {
    Objects.requireNonNull(fileName, "fileName");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("a refused register must have at least one problem");
    }
    long rows = problems.stream().mapToInt(RowProblem::row).distinct().count();
    StringBuilder text =
        new StringBuilder(fileName)
            .append(": ")
            .append(rows)
            .append(rows == 1 ? " row refused: " : " rows refused: ");
    int shown = Math.min(problems.size(), PROBLEMS_IN_MESSAGE);
    for (int i = 0; i < shown; i++) {
      if (i > 0) {
        text.append("; ");
      }
      text.append(problems.get(i).describe());
    }
    int more = problems.size() - shown;
    if (more > 0) {
      text.append("; and ").append(more).append(more == 1 ? " more problem" : " more problems");
    }
    return text.toString();
  }

  /** The name of the refused file. */
  public String fileName() {
    return fileName;
  }

  /** Every problem found, in file order; never empty. */
  public List<RowProblem> problems() {
    return problems;
  }
}
