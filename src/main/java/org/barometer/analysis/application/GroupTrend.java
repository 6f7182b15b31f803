package org.barometer.analysis.application;

import java.util.List;
import org.barometer.analysis.domain.WeightedTrend;

/**
 * One group of a breakdown (an industry, a size class, a span of years in the municipality, or "not
 * stated") over the cycles, with the same figures as the whole trend: simple means with their
 * intervals (a group's population is not known, so they are not corrected for it), the change from
 * the previous cycle in which the group was shown (Welch), and the weighted slope of its closed
 * cycles. In a cycle where the group was suppressed (too few answers, or hidden to protect a small
 * one) the point has its visibility and nothing else.
 */
public record GroupTrend(String group, List<TrendPoint> points, WeightedTrend slope) {

  public GroupTrend {
    points = List.copyOf(points);
  }
}
