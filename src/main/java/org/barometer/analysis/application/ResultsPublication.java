package org.barometer.analysis.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.barometer.analysis.domain.Publication;
import org.barometer.analysis.domain.Publications;
import org.barometer.platform.error.ConflictException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.survey.application.SurveyService;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;

/**
 * Publishing a closed cycle's results back to the businesses that answered: staff publish and
 * withdraw; anyone may then read the published figures ({@link #published}), on the public page and
 * as JSON-stat. The figures are the results service's own trends, so small groups are hidden
 * exactly as on every staff page; a cycle that is open, a draft or not published is not found.
 *
 * <p>Not {@code @Transactional}: the figures are read by JDBC; each store call is its own
 * transaction.
 */
@ApplicationScoped
public class ResultsPublication {

  @Inject Publications publications;
  @Inject ResultsService results;
  @Inject SurveyService surveys;
  @Inject PlannedActions actions;
  @Inject Clock clock;

  /**
   * Publishes a closed cycle; publishing one already published leaves it as it was.
   *
   * @throws ConflictException naming {@code cycle} when the cycle is not closed
   */
  public Publication publish(long cycleId, String by) {
    SurveyCycle cycle = surveys.cycle(cycleId);
    if (cycle.status() != CycleStatus.CLOSED) {
      throw new ConflictException(
          "cycle",
          "Only a closed cycle's results can be published; cycle "
              + cycle.label()
              + " is "
              + cycle.status());
    }
    Optional<Publication> current = publications.current(cycleId);
    return current.orElseGet(() -> publications.add(new Publication(cycleId, by, clock.instant())));
  }

  /**
   * Takes a cycle's results off the public page and the API.
   *
   * @throws NotFoundException when the cycle is not published
   */
  public Publication withdraw(long cycleId, String by) {
    surveys.cycle(cycleId);
    return publications
        .withdraw(cycleId, by, clock.instant())
        .orElseThrow(() -> new NotFoundException("Cycle " + cycleId + " is not published"));
  }

  /** Every publication of the cycle, withdrawn ones too, oldest first. */
  public List<Publication> history(long cycleId) {
    surveys.cycle(cycleId);
    return publications.of(cycleId);
  }

  /**
   * The published figures of a survey's cycle, by the survey's code and the cycle's label.
   *
   * @throws NotFoundException the same for an unknown survey or cycle, one that is not closed and
   *     one that is not published, so the public cannot tell them apart
   */
  public PublishedResults published(String surveyCode, String cycleLabel) {
    NotFoundException notPublished =
        new NotFoundException(
            "No published results for cycle '" + cycleLabel + "' of survey '" + surveyCode + "'");
    SurveyCycle cycle =
        surveys
            .cycle(surveyCode, cycleLabel)
            .filter(c -> c.status() == CycleStatus.CLOSED)
            .orElseThrow(() -> notPublished);
    Publication publication = publications.current(cycle.id()).orElseThrow(() -> notPublished);
    return figures(surveys.survey(surveyCode), cycle, publication);
  }

  private PublishedResults figures(Survey survey, SurveyCycle cycle, Publication publication) {
    List<SurveyCycle> upTo = closedUpTo(surveys.cycles(survey.code()), cycle);
    CycleResults now = results.results(cycle.id());
    List<ItemTrend> indices = new ArrayList<>();
    List<ItemTrend> questions = new ArrayList<>();
    for (ItemResult item : now.items()) {
      if (item.kind() == ItemKind.INDEX) {
        indices.add(results.trend(survey, upTo, item.code()));
      } else if (item.kind() == ItemKind.SCALE && !item.background()) {
        questions.add(results.trend(survey, upTo, item.code()));
      }
    }
    LocalDate today = LocalDate.now(clock);
    return new PublishedResults(
        survey.code(),
        survey.name(),
        cycle.id(),
        cycle.label(),
        now.minGroupSize(),
        now.responses(),
        publication.publishedAt(),
        upTo.stream().map(SurveyCycle::label).toList(),
        indices,
        questions,
        actions.forSurvey(survey.code(), today));
  }

  /**
   * The survey's closed cycles from the first to the published one, in the survey's order: what the
   * public trend is drawn over (later cycles are not yet public; open ones are provisional).
   */
  static List<SurveyCycle> closedUpTo(List<SurveyCycle> all, SurveyCycle published) {
    List<SurveyCycle> upTo = new ArrayList<>();
    for (SurveyCycle c : all) {
      if (c.status() == CycleStatus.CLOSED) {
        upTo.add(c);
      }
      if (c.id().equals(published.id())) {
        break;
      }
    }
    return upTo;
  }
}
