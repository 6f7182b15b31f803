package org.barometer.analysis.application;

import java.util.List;
import org.barometer.analysis.domain.WeightedTrend;
import org.barometer.platform.i18n.LocalizedText;

/**
 * An item (usually an index) over all cycles of a survey that asked it, oldest first: each cycle's
 * estimate, whether it changed significantly from the previous one ({@link TrendPoint#change()}),
 * and whether the whole series has a trend.
 *
 * @param slope the weighted least-squares trend of the closed cycles' estimates on their years
 *     (each weighted by 1/se²), with its interval and test; an open cycle is provisional and does
 *     not count, nor does a cycle whose label does not start with a year and that has no opening
 *     date
 */
public record ItemTrend(
    String surveyCode,
    String surveyName,
    String code,
    ItemKind kind,
    LocalizedText text,
    List<TrendPoint> points,
    WeightedTrend slope) {

  public ItemTrend {
    points = List.copyOf(points);
  }
}
