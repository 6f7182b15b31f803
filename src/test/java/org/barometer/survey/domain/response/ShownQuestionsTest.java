package org.barometer.survey.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

class ShownQuestionsTest {

  private final QuestionnaireTemplate template = SampleTemplate.build();
  private final Question permit = template.question("permit").orElseThrow();
  private final Question why = template.question("why").orElseThrow();

  @Test
  void conditionNeedsAnAnswerAmongAnyOf() {
    assertFalse(ShownQuestions.isVisible(permit, RawAnswers.empty()));
    assertFalse(ShownQuestions.isVisible(permit, RawAnswers.empty().with("applied", "no")));
    assertTrue(ShownQuestions.isVisible(permit, RawAnswers.empty().with("applied", "yes")));
    assertTrue(
        ShownQuestions.isVisible(template.question("topics").orElseThrow(), RawAnswers.empty()));
  }

  @Test
  void answerToAHiddenQuestionDoesNotShowItsFollowUp() {
    RawAnswers stale = RawAnswers.of(Map.of("applied", List.of("no"), "permit", List.of("1")));
    assertTrue(ShownQuestions.isVisible(why, stale), "raw answers alone would show it");
    RawAnswers visible = ShownQuestions.visibleAnswers(template, stale);
    assertEquals(List.of("applied"), List.copyOf(visible.codes()));
    assertFalse(ShownQuestions.isVisible(why, visible));
  }
}
