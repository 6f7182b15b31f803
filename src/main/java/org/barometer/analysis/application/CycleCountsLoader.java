package org.barometer.analysis.application;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.barometer.analysis.domain.AnswerStatistics;
import org.barometer.analysis.domain.BackgroundQuestions;
import org.barometer.analysis.domain.CountsArchive;
import org.barometer.analysis.domain.IndexItems;
import org.barometer.analysis.domain.PairedSums;
import org.barometer.platform.cluster.InstanceLocks;
import org.barometer.survey.application.CycleClosed;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.application.TemplateLibrary;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.template.IndexDefinition;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * A cycle's answers counted in the database. A closed cycle never changes, so its counts are
 * counted once, right after it closes (in the background, so closing stays quick), kept in the
 * database ({@link CountsArchive}) for later server starts, and held in memory for every later
 * page, export and comparison. An open cycle's live results come from a snapshot counted again only
 * after every minimum group of new answers ({@link LiveSnapshots}), so that they never show one
 * answer. A draft (answers imported by staff) is counted afresh each time.
 *
 * <p>Counted once however many servers share the database: the server that counts holds the lease
 * {@code cycle-counts-<id>} ({@link InstanceLocks}) while it counts, and a server that finds it
 * held waits for the kept counts instead of counting the same answers again.
 */
@ApplicationScoped
public class CycleCountsLoader {

  private static final Logger LOG = Logger.getLogger(CycleCountsLoader.class.getName());

  /**
   * How long a counting server may take before another counts in its place: a 100,000-response
   * cycle took under half a minute (bench/README.md), so only a server that died while counting
   * lets it run out.
   */
  private static final Duration COUNTING = Duration.ofMinutes(5);

  private final Map<Long, CycleCounts> closed = new ConcurrentHashMap<>();

  @Inject SurveyService surveys;
  @Inject TemplateLibrary templates;
  @Inject AnswerStatistics statistics;
  @Inject CountsArchive archive;
  @Inject LiveSnapshots live;
  @Inject InstanceLocks locks;

  @Resource ManagedExecutorService executor;

  CycleCounts counts(long cycleId) {
    CycleCounts cached = closed.get(cycleId);
    if (cached != null) {
      return cached;
    }
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (cycle.status() == CycleStatus.OPEN) {
      return live.counts(
          cycleId,
          cycle.survey().minGroupSize(),
          surveys.progress(cycleId).responses(),
          () -> withCounts(cycle, count(cycle)),
          refreshAt ->
              withCounts(cycle, new CountsArchive.Counts(List.of(), List.of(), Map.of()))
                  .waitingUntil(refreshAt));
    }
    if (cycle.status() != CycleStatus.CLOSED) {
      return withCounts(cycle, count(cycle));
    }
    return closed.computeIfAbsent(cycleId, id -> withCounts(cycle, kept(cycle)));
  }

  /** Counts a cycle as soon as it has closed, so that its first reader does not wait. */
  void countClosed(@Observes(during = TransactionPhase.AFTER_SUCCESS) CycleClosed event) {
    executor.submit(
        () -> {
          try {
            counts(event.cycleId());
          } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Counting closed cycle " + event.cycleId() + " failed", e);
          }
        });
  }

  /**
   * The kept counts, or counted and kept by this server if no other is counting them. Read again
   * once the lease is taken: the server that counted gives it back as soon as it kept the counts.
   */
  private CountsArchive.Counts kept(SurveyCycle cycle) {
    String lock = "cycle-counts-" + cycle.id();
    while (true) {
      Optional<CountsArchive.Counts> stored = archive.load(cycle.id());
      if (stored.isPresent()) {
        return stored.get();
      }
      if (locks.take(lock, COUNTING)) {
        try {
          stored = archive.load(cycle.id());
          if (stored.isPresent()) {
            return stored.get();
          }
          CountsArchive.Counts counts = count(cycle);
          archive.save(cycle.id(), counts);
          LOG.info(() -> "Counted and kept the answers of closed cycle " + cycle.id());
          return counts;
        } finally {
          locks.release(lock);
        }
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted waiting for cycle " + cycle.id(), e);
      }
    }
  }

  private CountsArchive.Counts count(SurveyCycle cycle) {
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
    return new CountsArchive.Counts(
        statistics.questionCells(cycle.id(), background, questions),
        statistics.indexCells(cycle.id(), background, indices),
        pairs);
  }

  private CycleCounts withCounts(SurveyCycle cycle, CountsArchive.Counts counts) {
    QuestionnaireTemplate template = templates.of(cycle);
    var progress = surveys.progress(cycle.id());
    return new CycleCounts(
        cycle.id(),
        cycle.survey().code(),
        cycle.survey().name(),
        cycle.label(),
        cycle.status(),
        template,
        BackgroundQuestions.of(template),
        cycle.survey().minGroupSize(),
        cycle.populationSize(),
        cycle.strata(),
        progress.invited(),
        progress.answered(),
        progress.responses(),
        counts.questionCells(),
        counts.indexCells(),
        counts.pairs());
  }
}
