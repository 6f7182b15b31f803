package org.barometer.survey.interfaces.rest;

import org.barometer.survey.domain.Survey;

/** A survey as the API shows it. */
public record SurveyView(String code, String name, String templateCode, int minGroupSize) {

  static SurveyView of(Survey survey) {
    return new SurveyView(
        survey.code(), survey.name(), survey.templateCode(), survey.minGroupSize());
  }
}
