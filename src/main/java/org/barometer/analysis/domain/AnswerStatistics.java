package org.barometer.analysis.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * A cycle's answers reduced, in the database, to counts per item, background and answer. For
 * 100,000 responses × 30 questions this is a few thousand cells instead of three million rows.
 */
public interface AnswerStatistics {

  /** The answers to these questions (scale, number and choice questions), counted. */
  List<CellCount> questionCells(
      long cycleId, BackgroundQuestions background, Collection<String> questionCodes);

  /**
   * Each respondent's 0–100 value of each index, counted by value (rounded to 9 decimals so that
   * equal values computed in a different order count together).
   */
  List<CellCount> indexCells(
      long cycleId, BackgroundQuestions background, List<IndexItems> indices);

  /**
   * For each driver index, the sums over respondents who have both its value and the driven
   * index's, from which the priority matrix takes their correlation.
   */
  Map<String, PairedSums> pairedWith(long cycleId, List<IndexItems> drivers, IndexItems driven);
}
