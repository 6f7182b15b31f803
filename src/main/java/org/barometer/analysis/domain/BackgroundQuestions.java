package org.barometer.analysis.domain;

import org.barometer.survey.domain.template.BackgroundKind;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * Which question of a template asks each background: its code, or null where the template does not
 * ask it.
 */
public record BackgroundQuestions(String industry, String size, String years) {

  public static BackgroundQuestions of(QuestionnaireTemplate template) {
    return new BackgroundQuestions(
        code(template, BackgroundKind.INDUSTRY),
        code(template, BackgroundKind.SIZE),
        code(template, BackgroundKind.YEARS));
  }

  private static String code(QuestionnaireTemplate template, BackgroundKind kind) {
    return template.backgroundQuestions().stream()
        .filter(q -> q.background() == kind)
        .map(Question::code)
        .findFirst()
        .orElse(null);
  }
}
