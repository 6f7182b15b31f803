package org.barometer.survey.domain;

import java.util.List;
import java.util.Optional;

/** Surveys and their cycles. */
public interface SurveyRepository {

  List<Survey> surveys();

  Optional<Survey> survey(String code);

  Optional<SurveyCycle> cycle(long id);

  Optional<SurveyCycle> cycle(Survey survey, String label);

  List<SurveyCycle> cycles(Survey survey);

  void add(Survey survey);

  void add(SurveyCycle cycle);
}
