package org.barometer.survey.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

class VisibilityTest {

  private final QuestionnaireTemplate template = SampleTemplate.build();
  private final Question permit = template.question("permit").orElseThrow();
  private final Question why = template.question("why").orElseThrow();

  @Test
  void conditionNeedsAnAnswerAmongAnyOf() {
    assertFalse(Visibility.isVisible(permit, RawAnswers.empty()));
    assertFalse(Visibility.isVisible(permit, RawAnswers.empty().with("applied", "no")));
    assertTrue(Visibility.isVisible(permit, RawAnswers.empty().with("applied", "yes")));
    assertTrue(Visibility.isVisible(template.question("topics").orElseThrow(), RawAnswers.empty()));
  }

  @Test
  void answerToAHiddenQuestionDoesNotShowItsFollowUp() {
    RawAnswers stale = RawAnswers.of(Map.of("applied", List.of("no"), "permit", List.of("1")));
    assertTrue(Visibility.isVisible(why, stale), "raw answers alone would show it");
    RawAnswers visible = Visibility.visibleAnswers(template, stale);
    assertEquals(List.of("applied"), List.copyOf(visible.codes()));
    assertFalse(Visibility.isVisible(why, visible));
  }
}
