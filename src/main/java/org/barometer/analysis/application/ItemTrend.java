package org.barometer.analysis.application;

import java.util.List;
import org.barometer.platform.i18n.LocalizedText;

/** An item (usually an index) over all cycles of a survey that asked it, oldest first. */
public record ItemTrend(
    String surveyCode,
    String surveyName,
    String code,
    LocalizedText text,
    List<TrendPoint> points) {

  public ItemTrend {
    points = List.copyOf(points);
  }
}
