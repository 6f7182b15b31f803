package org.barometer.report.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.domain.Status;
import org.barometer.platform.i18n.Language;
import org.barometer.report.domain.IssuedStatuses;

/**
 * Everything a yearly report says, collected from the features once ({@link ReportCollector}) and
 * written by both renderers, so the PDF and the Word file cannot disagree. Figures are already
 * written as text in the report's language: the renderers only lay them out.
 *
 * @param statuses every goal's and indicator's status, kept with the issued report
 * @param previous the day of the report issued before this one, if any
 * @param changes what changed since that report, each as a sentence
 */
public record ReportModel(
    String planId,
    String title,
    String planTitle,
    String municipality,
    LocalDate asOf,
    int planVersion,
    Language language,
    Map<Status, Integer> goalCounts,
    Map<Status, Integer> indicatorCounts,
    IssuedStatuses statuses,
    Optional<LocalDate> previous,
    List<String> changes,
    List<GoalPart> goals,
    List<SurveyPart> surveys,
    List<ActivityGroup> activities,
    DialoguePart dialogue) {

  /** A goal (sub-goals follow their goal with a greater depth) and its indicators. */
  public record GoalPart(
      String id, String title, int depth, Status status, List<IndicatorPart> indicators) {}

  /**
   * One indicator's line.
   *
   * @param figure the latest figure with its period, and its interval and n for a survey figure
   * @param published where and when the figure was published, or empty
   */
  public record IndicatorPart(
      String id,
      String name,
      String figure,
      String target,
      Status status,
      String why,
      String published,
      ChartSeries chart) {}

  /** A survey's latest closed cycle by the day, with its indices' trends. */
  public record SurveyPart(
      String surveyName,
      String cycle,
      String responses,
      List<IndexLine> indices,
      List<TrendLine> trends,
      List<PriorityLine> priorities) {}

  /** An index with its interval and n, or the words that say it is hidden. */
  public record IndexLine(String name, String figure, String n) {}

  /** An index over the cycles: each cycle's figure and the tested change from the one before. */
  public record TrendLine(String name, List<String> cycles, List<String> figures, String change) {}

  /** A factor of a priority matrix: its score, its weight and the quadrant it falls in. */
  public record PriorityLine(String matrix, String factor, String score, String quadrant) {}

  /** The activities serving one goal. */
  public record ActivityGroup(String goalId, String goalTitle, List<ActivityLine> activities) {}

  /** An activity with its status as of the day, and cause and action for yellow and red. */
  public record ActivityLine(
      String title, String owner, String status, String cause, String recommendedAction) {}

  /**
   * The dialogue with businesses in the report's year, counted: never a person's name.
   *
   * @param businesses businesses taking part that are in the register, by industry and size ({@code
   *     industry → size → count})
   * @param notInRegister businesses taking part that are not in the register
   */
  public record DialoguePart(
      int meetingsHeld,
      List<String> meetings,
      int businessesTakingPart,
      Map<String, Map<String, Integer>> businesses,
      int notInRegister,
      List<FollowUpLine> followUps) {}

  /** A follow-up point agreed at a meeting and what became of it. */
  public record FollowUpLine(String text, String meeting, String due, String outcome) {}
}
