package org.barometer.analysis.application;

import java.util.List;

/**
 * Every item two cycles of one survey share, compared: the later cycle against the earlier. Each
 * item is a test of its own, so each also carries its Holm-adjusted p-value over all of them.
 */
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
