package org.barometer.survey.application;

import org.barometer.survey.domain.response.RawAnswers;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * What a personal link opens: the questionnaire of the cycle, the answers saved so far, and whether
 * it can still be answered.
 */
public record Questionnaire(
    State state,
    String surveyName,
    String cycleLabel,
    int minGroupSize,
    QuestionnaireTemplate template,
    RawAnswers saved) {

  /** Open for answers, already answered, or the cycle is not (or no longer) open. */
  public enum State {
    OPEN,
    ANSWERED,
    CLOSED
  }
}
