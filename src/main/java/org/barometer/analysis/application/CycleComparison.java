package org.barometer.analysis.application;

import java.util.List;

/** Every item two cycles of one survey share, compared: the later cycle against the earlier. */
public record CycleComparison(
    String surveyCode,
    String surveyName,
    long beforeId,
    String before,
    long afterId,
    String after,
    List<ItemComparison> items) {

  public CycleComparison {
    items = List.copyOf(items);
  }
}
