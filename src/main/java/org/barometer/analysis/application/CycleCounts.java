package org.barometer.analysis.application;

import java.util.List;
import java.util.Map;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.CellCount;
import org.barometer.analysis.domain.PairedSums;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.StratumPopulation;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * Everything the results of one cycle are computed from: its questionnaire, its population, and its
 * answers reduced to counts in the database. A few thousand numbers even for 100,000 responses, so
 * results, comparisons and trends are cheap to compute from them; kept once the cycle is closed,
 * since a closed cycle never changes.
 *
 * @param pairs driven index → driver index → paired sums, for the priority matrix
 * @param liveRefreshAt for an open cycle's snapshot ({@link LiveSnapshots}), the number of
 *     responses at which it is counted again; null otherwise
 */
record CycleCounts(
    long cycleId,
    String surveyCode,
    String surveyName,
    String cycleLabel,
    CycleStatus status,
    QuestionnaireTemplate template,
    BackgroundQuestions background,
    int minGroupSize,
    Integer populationSize,
    List<StratumPopulation> strata,
    long invitations,
    long answeredInvitations,
    long responses,
    List<CellCount> questionCells,
    List<CellCount> indexCells,
    Map<String, Map<String, PairedSums>> pairs,
    Long liveRefreshAt) {

  CycleCounts(
      long cycleId,
      String surveyCode,
      String surveyName,
      String cycleLabel,
      CycleStatus status,
      QuestionnaireTemplate template,
      BackgroundQuestions background,
      int minGroupSize,
      Integer populationSize,
      List<StratumPopulation> strata,
      long invitations,
      long answeredInvitations,
      long responses,
      List<CellCount> questionCells,
      List<CellCount> indexCells,
      Map<String, Map<String, PairedSums>> pairs) {
    this(
        cycleId,
        surveyCode,
        surveyName,
        cycleLabel,
        status,
        template,
        background,
        minGroupSize,
        populationSize,
        strata,
        invitations,
        answeredInvitations,
        responses,
        questionCells,
        indexCells,
        pairs,
        null);
  }

  /** These counts as a live snapshot, counted again at {@code refreshAt} responses. */
  CycleCounts refreshedAt(long refreshAt) {
    return new CycleCounts(
        cycleId,
        surveyCode,
        surveyName,
        cycleLabel,
        status,
        template,
        background,
        minGroupSize,
        populationSize,
        strata,
        invitations,
        answeredInvitations,
        responses,
        questionCells,
        indexCells,
        pairs,
        refreshAt);
  }

  /** No answers at all: what an open cycle shows until its first snapshot, at {@code refreshAt}. */
  CycleCounts waitingUntil(long refreshAt) {
    return new CycleCounts(
        cycleId,
        surveyCode,
        surveyName,
        cycleLabel,
        status,
        template,
        background,
        minGroupSize,
        populationSize,
        strata,
        invitations,
        0,
        0,
        List.of(),
        List.of(),
        Map.of(),
        refreshAt);
  }

  List<CellCount> cells(String item, boolean index) {
    return (index ? indexCells : questionCells)
        .stream().filter(c -> c.item().equals(item)).toList();
  }
}
