package org.barometer.survey.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barometer.platform.error.InvalidInputException;
import org.barometer.platform.error.NotFoundException;
import org.barometer.survey.domain.CycleStatus;
import org.barometer.survey.domain.InvitationRepository;
import org.barometer.survey.domain.ResponseRepository;
import org.barometer.survey.domain.Survey;
import org.barometer.survey.domain.SurveyCycle;
import org.barometer.survey.domain.SurveyRepository;

/** Staff's use cases on surveys and their cycles: create, open, close, follow. */
@ApplicationScoped
@Transactional
public class SurveyService {

  @Inject SurveyRepository surveys;
  @Inject InvitationRepository invitations;
  @Inject ResponseRepository responses;
  @Inject TemplateLibrary templates;
  @Inject Event<CycleClosed> cycleClosed;
  @Inject Instance<ClosingGuard> closingGuards;

  public Survey createSurvey(@Valid NewSurvey request) {
    if (surveys.survey(request.code()).isPresent()) {
      throw new InvalidInputException(
          "code", "A survey with the code '" + request.code() + "' exists");
    }
    templates.latest(request.templateCode());
    int minGroup =
        request.minGroupSize() == null ? Survey.DEFAULT_MIN_GROUP_SIZE : request.minGroupSize();
    Survey survey =
        new Survey(request.code(), request.name(), request.templateCode(), minGroup, Instant.now());
    surveys.add(survey);
    return survey;
  }

  /** A new draft cycle, frozen on the latest version of the survey's template. */
  public SurveyCycle createCycle(String surveyCode, @Valid NewCycle request) {
    Survey survey = survey(surveyCode);
    if (surveys.cycle(survey, request.label()).isPresent()) {
      throw new InvalidInputException(
          "label", "The survey already has a cycle labelled '" + request.label() + "'");
    }
    SurveyCycle cycle;
    try {
      cycle =
          new SurveyCycle(
              survey,
              request.label(),
              templates.frozen(survey.templateCode()),
              request.opensOn(),
              request.closesOn(),
              request.populationSize(),
              request.strataPopulation());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("cycle", e.getMessage());
    }
    surveys.add(cycle);
    return cycle;
  }

  /**
   * The survey's cycle with this label, opened; the survey and the cycle are created first when
   * missing. For surveys that run themselves, such as a meeting's feedback: one call, one
   * transaction.
   */
  public SurveyCycle openCycle(@Valid NewSurvey newSurvey, @Valid NewCycle newCycle) {
    if (surveys.survey(newSurvey.code()).isEmpty()) {
      createSurvey(newSurvey);
    }
    SurveyCycle cycle =
        surveys
            .cycle(survey(newSurvey.code()), newCycle.label())
            .orElseGet(() -> createCycle(newSurvey.code(), newCycle));
    if (cycle.status() == CycleStatus.DRAFT) {
      cycle.open(Instant.now());
    }
    return cycle;
  }

  /** The survey's cycle with this label, if there is one. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<SurveyCycle> cycle(String surveyCode, String label) {
    return surveys.survey(surveyCode).flatMap(survey -> surveys.cycle(survey, label));
  }

  public SurveyCycle open(long cycleId) {
    SurveyCycle cycle = cycle(cycleId);
    cycle.open(Instant.now());
    return cycle;
  }

  /**
   * Closes the cycle for good; its results are final from now on. Every {@link ClosingGuard} is
   * asked first.
   */
  public SurveyCycle close(long cycleId) {
    SurveyCycle cycle = cycle(cycleId);
    long count = responses.count(cycle);
    closingGuards.forEach(guard -> guard.check(cycle, count));
    cycle.close(Instant.now());
    cycleClosed.fire(new CycleClosed(cycle.id()));
    return cycle;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Survey> surveys() {
    return surveys.surveys();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Survey survey(String code) {
    return surveys
        .survey(code)
        .orElseThrow(() -> new NotFoundException("No survey with the code '" + code + "'"));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SurveyCycle> cycles(String surveyCode) {
    return surveys.cycles(survey(surveyCode));
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public SurveyCycle cycle(long id) {
    return surveys
        .cycle(id)
        .orElseThrow(() -> new NotFoundException("No survey cycle with the id " + id));
  }

  /**
   * Invitations, answers and response rates of a cycle, overall and per stratum (a stratum's
   * answers only where at least the survey's minimum group answered).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public CycleProgress progress(long cycleId) {
    SurveyCycle cycle = cycle(cycleId);
    return CycleProgress.of(
        invitations.progress(cycle),
        invitations.answeredThroughHandout(cycle),
        responses.count(cycle),
        cycle.survey().minGroupSize());
  }
}
