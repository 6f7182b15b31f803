package org.barometer.platform.yaml;

/**
 * A file a person wrote (a questionnaire template, a plan) that cannot be used, with the place and
 * the problem, so its author can go straight to the line: {@code plan.yaml, line 42, column 11
 * (goals[0].indicators[1].target.rule): must be one of threshold, …, was "treshold"}. Each kind of
 * file has its own subclass, so callers catch exactly the files they read.
 */
public abstract class FileProblem extends Exception {

  private static final long serialVersionUID = 1L;

  private final String fileName;
  private final int line;
  private final int column;
  private final String path;
  private final String problem;

  /**
   * @param line 1-based, or 0 when the problem concerns the whole file
   * @param column 1-based, or 0 when the problem concerns the whole file
   * @param path where in the file's structure, such as {@code sections[0].questions[2].code}; empty
   *     for the whole file
   */
  protected FileProblem(String fileName, int line, int column, String path, String problem) {
    super(format(fileName, line, column, path, problem));
    this.fileName = fileName;
    this.line = line;
    this.column = column;
    this.path = path == null ? "" : path;
    this.problem = problem;
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
