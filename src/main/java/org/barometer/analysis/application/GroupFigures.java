package org.barometer.analysis.application;

import java.util.List;
import org.barometer.analysis.domain.Summary;
import org.barometer.analysis.domain.Visibility;

/**
 * The figures of one item in one group: the whole cycle, or one group of a breakdown. A suppressed
 * group carries its visibility and nothing else, not even its n, so no output can reveal it.
 *
 * @param group the background option's code, {@link #ALL} for the whole cycle, {@link #NOT_STATED}
 *     for those who did not answer the background question
 * @param summary for scale, number and index items; null for choices and when suppressed
 * @param options for choice items; empty otherwise and when suppressed
 */
public record GroupFigures(
    String group, Visibility visibility, Long n, Summary summary, List<OptionShare> options) {

  public static final String ALL = "all";
  public static final String NOT_STATED = "not_stated";

  public GroupFigures {
    options = List.copyOf(options);
  }

  static GroupFigures suppressed(String group, Visibility visibility) {
    return new GroupFigures(group, visibility, null, null, List.of());
  }

  public boolean shown() {
    return visibility.shown();
  }
}
