package org.barometer.goals.application.planfile;

import org.barometer.platform.yaml.FileProblem;

/**
 * A plan file that cannot be used, with the place and the problem, so the person who wrote the plan
 * can go straight to it: {@code sandefjord-2023-2026.yaml, line 42, column 11
 * (goals[0].indicators[1].target.rule): must be one of threshold, growth_per_year, …, was
 * "treshold"}.
 */
public class PlanFileException extends FileProblem {

  private static final long serialVersionUID = 1L;

  public PlanFileException(String fileName, int line, int column, String path, String problem) {
    super(fileName, line, column, path, problem);
  }
}
