package org.barometer.analysis.application;

import java.util.List;
import org.barometer.platform.i18n.LocalizedText;
import org.barometer.survey.domain.template.BackgroundKind;

/**
 * An item's trend broken down by one background question, group by group (in the order the cycles
 * list them). Only cycles with a breakdown by that question appear: an open cycle shows no
 * breakdowns (see {@link ResultsCalculator}), nor does a cycle whose questionnaire did not ask it.
 * Each cycle's groups are suppressed exactly as in that cycle's breakdown.
 *
 * @param question the background question's code in the latest cycle broken down by it; null when
 *     no cycle is
 * @param labelsCycleId that cycle, whose questionnaire names the groups; null when none
 */
public record GroupTrends(
    String surveyCode,
    String surveyName,
    String code,
    ItemKind kind,
    LocalizedText text,
    BackgroundKind by,
    String question,
    Long labelsCycleId,
    List<GroupTrend> groups) {

  public GroupTrends {
    groups = List.copyOf(groups);
  }
}
