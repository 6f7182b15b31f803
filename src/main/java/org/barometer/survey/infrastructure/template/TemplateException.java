package org.barometer.survey.infrastructure.template;

/**
 * A template file that cannot be used, with where and why, so the staff member who edited it can go
 * straight to the line. The message reads like {@code business-climate.yaml, line 42, column 9
 * (sections[1].questions[3].scale.points): must be an integer from 2 to 11, was "1"}.
 */
public class TemplateException extends Exception {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * @param line 1-based, or 0 when the problem concerns the whole file
   * @param column 1-based, or 0 when the problem concerns the whole file
   * @param path where in the template, such as {@code sections[0].questions[2].code}; empty for the
   *     whole file
   */
  public TemplateException(String fileName, int line, int column, String path, String problem) {
    super(format(fileName, line, column, path, problem));
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.path = path == null ? "" : path;
    this.problem = problem;
  }

  /** A problem with the file as a whole, such as its size or a duplicate version. */
  public static TemplateException wholeFile(String fileName, String problem) {
    return new TemplateException(fileName, 0, 0, "", problem);
  }

  private static String format(String fileName, int line, int column, String path, String problem) {
    StringBuilder text = new StringBuilder(fileName);
    if (line > 0) {
      text.append(", line ").append(line).append(", column ").append(column);
    }
    if (path != null && !path.isEmpty()) {
      text.append(" (").append(path).append(')');
    }
    return text.append(": ").append(problem).toString();
  }

  public String fileName() {
    return fileName;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String path() {
    return path;
  }

  public String problem() {
    return problem;
  }
}
