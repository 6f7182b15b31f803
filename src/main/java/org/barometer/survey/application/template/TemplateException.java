package org.barometer.survey.application.template;

import org.barometer.platform.yaml.FileProblem;

/**
 * A template file that cannot be used, with where and why, so the staff member who edited it can go
 * straight to the line. The message reads like {@code business-climate.yaml, line 42, column 9
 * (sections[1].questions[3].scale.points): must be an integer from 2 to 11, was "1"}.
 */
public class TemplateException extends FileProblem {

  private static final long serialVersionUID = 1L;

  public TemplateException(String fileName, int line, int column, String path, String problem) {
    super(fileName, line, column, path, problem);
  }

  /** A problem with the file as a whole, such as its size or a duplicate version. */
  public static TemplateException wholeFile(String fileName, String problem) {
    return new TemplateException(fileName, 0, 0, "", problem);
  }
}
