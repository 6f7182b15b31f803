package org.barometer.survey.domain.response;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.barometer.survey.domain.template.Condition;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * Decides which questions a respondent sees. A respondent may answer a follow-up question and then
 * change the answer that led to it; the follow-up answer is then stale and must not be stored or
 * counted, so hidden questions' answers are dropped rather than reported as errors.
 */
public final class ShownQuestions {

  private ShownQuestions() {}

  /**
   * Whether {@code question}'s condition holds for {@code answers}. For conditions that depend on
   * questions which are themselves conditional, pass the result of {@link #visibleAnswers}, so an
   * answer to a hidden question cannot make another question shown.
   */
  public static boolean isVisible(Question question, RawAnswers answers) {
    Condition condition = question.showIf();
    return condition == null || holds(condition, answers.get(condition.question()));
  }

  private static boolean holds(Condition condition, List<String> given) {
    if (given == null || given.isEmpty()) {
      return false;
    }
    return condition.anyOf().isEmpty() || given.stream().anyMatch(condition.anyOf()::contains);
  }

  /**
   * The answers to the questions of {@code template} that are shown, in question order. Answers to
   * hidden questions and to codes the template does not have are left out. One pass in question
   * order is enough because a condition can only refer to an earlier question. Conditions are
   * checked against the answers kept so far, read in place: copying them into a new {@link
   * RawAnswers} per question made a submission quadratic in the number of questions.
   */
  public static RawAnswers visibleAnswers(QuestionnaireTemplate template, RawAnswers answers) {
    Map<String, List<String>> kept = new LinkedHashMap<>();
    for (Question question : template.questions()) {
      if (!answers.isAnswered(question.code())) {
        continue;
      }
      Condition condition = question.showIf();
      if (condition == null || holds(condition, kept.get(condition.question()))) {
        kept.put(question.code(), answers.get(question.code()));
      }
    }
    return RawAnswers.of(kept);
  }
}
