package org.barometer.survey.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

class AnswerValuesTest {

  private final QuestionnaireTemplate template = SampleTemplate.build();

  @Test
  void typedRowsPerQuestionType() {
    RawAnswers a =
        RawAnswers.empty()
            .with("applied", "yes")
            .with("permit", "2")
            .with("why", "Slow")
            .with("topics", "roads", "land")
            .with("employees", "12.5")
            .with("size", "5-19");
    List<AnswerValue> rows = AnswerValues.toValues(template, a);
    assertEquals(
        List.of(
            AnswerValue.ofChoice("applied", 0, "yes"),
            AnswerValue.ofNumber("permit", 2),
            AnswerValue.ofText("why", "Slow"),
            AnswerValue.ofChoice("topics", 0, "roads"),
            AnswerValue.ofChoice("topics", 1, "land"),
            AnswerValue.ofNumber("employees", 12.5),
            AnswerValue.ofChoice("size", 0, "5-19")),
        rows);
    assertEquals(a, AnswerValues.fromValues(rows));
  }

  @Test
  void dontKnowAndDraftRoundTrip() {
    RawAnswers a = RawAnswers.empty().with("applied", "yes").with("permit", "dontknow");
    List<AnswerValue> rows = AnswerValues.toValues(template, a);
    assertEquals(AnswerValue.ofDontKnow("permit"), rows.get(1));
    assertEquals(a, AnswerValues.fromValues(rows));
  }

  @Test
  void hiddenAnswersAreNotStored() {
    RawAnswers a = RawAnswers.empty().with("applied", "no").with("permit", "3");
    assertEquals(
        List.of(AnswerValue.ofChoice("applied", 0, "no")), AnswerValues.toValues(template, a));
  }

  @Test
  void invalidAnswersAreRefused() {
    RawAnswers a = RawAnswers.empty().with("employees", "lots");
    assertThrows(IllegalArgumentException.class, () -> AnswerValues.toValues(template, a));
  }

  @Test
  void fromValuesOrdersMultipleChoicesByOrdinal() {
    RawAnswers raw =
        AnswerValues.fromValues(
            List.of(
                AnswerValue.ofChoice("topics", 1, "land"),
                AnswerValue.ofChoice("topics", 0, "skills")));
    assertEquals(List.of("skills", "land"), raw.get("topics"));
  }
}
