package org.barometer.survey.domain.response;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.barometer.platform.i18n.Language;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.junit.jupiter.api.Test;

class AnswerCheckTest {

  private final QuestionnaireTemplate template = SampleTemplate.build();

  private List<AnswerProblem> check(RawAnswers answers, boolean complete) {
    return AnswerCheck.check(template, answers, complete);
  }

  private static AnswerProblem only(List<AnswerProblem> problems) {
    assertEquals(1, problems.size(), problems::toString);
    return problems.get(0);
  }

  @Test
  void requiredOnlyWhenCompleteAndVisible() {
    assertEquals(List.of(), check(RawAnswers.empty(), false));
    AnswerProblem p = only(check(RawAnswers.empty(), true));
    assertEquals("applied", p.questionCode());
    assertEquals(AnswerMessages.REQUIRED, p.messageKey());
    assertEquals("This question is required", p.message().in(Language.EN));
    assertEquals("Dette spørsmålet må besvares", p.message().in(Language.NB));
    assertEquals("Den här frågan måste besvaras", p.message().in(Language.SV));

    assertEquals(List.of(), check(RawAnswers.empty().with("applied", "no"), true));
    AnswerProblem permit = only(check(RawAnswers.empty().with("applied", "yes"), true));
    assertEquals("permit", permit.questionCode());
  }

  @Test
  void dontKnowCountsAsAnswered() {
    RawAnswers a = RawAnswers.empty().with("applied", "yes").with("permit", "dontknow");
    assertEquals(List.of(), check(a, true));
  }

  @Test
  void scaleOutOfRange() {
    for (String bad : List.of("0", "7", "x", "3.5", "-1")) {
      RawAnswers a = RawAnswers.empty().with("applied", "yes").with("permit", bad);
      AnswerProblem p = only(check(a, false));
      assertEquals("Choose a value from 1 to 6", p.message().en(), bad);
      assertEquals("Velg en verdi fra 1 til 6", p.message().nb());
    }
  }

  @Test
  void unknownOptionsAndRepeats() {
    AnswerProblem single = only(check(RawAnswers.empty().with("applied", "X"), false));
    assertEquals("Unknown option 'X'", single.message().en());
    AnswerProblem multi =
        only(check(RawAnswers.empty().with("topics", "land", "sea").with("x", ""), false));
    assertEquals("Unknown option 'sea'", multi.message().en());
    List<AnswerProblem> repeated =
        check(RawAnswers.empty().with("topics", "land", "roads", "land"), false);
    assertEquals(AnswerMessages.REPEATED_OPTION, only(repeated).messageKey());
  }

  @Test
  void oneValueForSingleQuestions() {
    AnswerProblem p = only(check(RawAnswers.empty().with("applied", "yes", "no"), false));
    assertEquals(AnswerMessages.ONE_VALUE, p.messageKey());
  }

  @Test
  void numbers() {
    assertEquals(List.of(), check(RawAnswers.empty().with("employees", "12,5"), false));
    assertEquals(List.of(), check(RawAnswers.empty().with("employees", "100 000"), false));
    AnswerProblem range = only(check(RawAnswers.empty().with("employees", "100001"), false));
    assertEquals("Enter a number between 0 and 100000", range.message().en());
    assertEquals("Skriv inn et tall mellom 0 og 100000", range.message().nb());
    for (String bad : List.of("12a", "1e5", "NaN", "Infinity", "1.")) {
      AnswerProblem p = only(check(RawAnswers.empty().with("employees", bad), false));
      assertEquals(AnswerMessages.NOT_A_NUMBER, p.messageKey(), bad);
    }
  }

  @Test
  void textLength() {
    RawAnswers a =
        RawAnswers.empty().with("applied", "yes").with("permit", "1").with("why", "x".repeat(4001));
    AnswerProblem p = only(check(a, false));
    assertEquals("At most 4000 characters", p.message().en());
    assertEquals(List.of(), check(a.with("why", "x".repeat(4000)), false));
  }

  @Test
  void unknownQuestionIsAProblemButHiddenAnswersAreNot() {
    AnswerProblem p = only(check(RawAnswers.empty().with("foo", "1"), false));
    assertEquals("foo", p.questionCode());
    assertEquals("Unknown question 'foo'", p.message().en());
    RawAnswers hidden = RawAnswers.empty().with("applied", "no").with("permit", "99");
    assertEquals(List.of(), check(hidden, true));
  }

  @Test
  void blankValuesAreNotAnswers() {
    RawAnswers a = RawAnswers.of(Map.of("applied", List.of("  ", "")));
    assertTrue(a.isEmpty());
    assertEquals(AnswerMessages.REQUIRED, only(check(a, true)).messageKey());
  }
}
