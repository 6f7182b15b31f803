package org.barometer.analysis.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.barometer.analysis.domain.AnswerStatistics;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.IndexItems;
import org.barometer.analysis.domain.PairedSums;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * Counts a cycle's answers in the database and keeps the counts of closed cycles: a closed cycle is
 * immutable, so its counts are computed once per server and every later page, export and comparison
 * reuses them. An open cycle is counted afresh each time, so staff see answers arrive.
 */
@ApplicationScoped
public class CycleCountsLoader {

  private final Map<Long, CycleCounts> closed = new ConcurrentHashMap<>();

  @Inject SurveyService surveys;
  @Inject TemplateLibrary templates;
  @Inject AnswerStatistics statistics;

  CycleCounts counts(long cycleId) {
    CycleCounts cached = closed.get(cycleId);
    if (cached != null) {
      return cached;
    }
    CycleCounts counts = count(surveys.cycle(cycleId));
    if (counts.status() == CycleStatus.CLOSED) {
      closed.putIfAbsent(cycleId, counts);
    }
    return counts;
  }

  private CycleCounts count(SurveyCycle cycle) {
    QuestionnaireTemplate template = templates.of(cycle);
    BackgroundQuestions background = BackgroundQuestions.of(template);
    List<String> questions =
        template.questions().stream()
            .filter(q -> q.type() != QuestionType.TEXT)
            .map(Question::code)
            .toList();
    List<IndexItems> indices =
        template.indices().stream().map(index -> IndexItems.of(index, template)).toList();
    Map<String, Map<String, PairedSums>> pairs = new LinkedHashMap<>();
    for (IndexDefinition driven : template.indices()) {
      List<IndexItems> drivers =
          template.indices().stream()
              .filter(i -> driven.code().equals(i.driverOf()))
              .map(i -> IndexItems.of(i, template))
              .toList();
      if (!drivers.isEmpty()) {
        pairs.put(
            driven.code(),
            statistics.pairedWith(cycle.id(), drivers, IndexItems.of(driven, template)));
      }
    }
    var progress = surveys.progress(cycle.id());
    return new CycleCounts(
        cycle.id(),
        cycle.survey().code(),
        cycle.survey().name(),
        cycle.label(),
        cycle.status(),
        template,
        background,
        cycle.survey().minGroupSize(),
        cycle.populationSize(),
        cycle.strata(),
        progress.invited(),
        progress.answered(),
        progress.responses(),
        statistics.questionCells(cycle.id(), background, questions),
        statistics.indexCells(cycle.id(), background, indices),
        pairs);
  }
}
