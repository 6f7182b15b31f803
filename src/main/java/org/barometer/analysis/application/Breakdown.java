package org.barometer.analysis.application;

import java.util.List;
import org.barometer.survey.domain.template.BackgroundKind;

/** One item broken down by one background question, group by group in the question's order. */
public record Breakdown(BackgroundKind by, String question, List<GroupFigures> groups) {

  public Breakdown {
    groups = List.copyOf(groups);
  }
}
