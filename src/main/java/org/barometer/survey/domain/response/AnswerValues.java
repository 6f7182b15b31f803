package org.barometer.survey.domain.response;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionnaireTemplate;

/**
 * Converts between what a form sends ({@link RawAnswers}) and what is stored ({@link AnswerValue}
 * rows), so a draft can be stored typed and shown again when the respondent comes back.
 */
public final class AnswerValues {

  private AnswerValues() {}

  /**
   * The rows to store for {@code answers}, in question order, leaving out hidden questions.
   * Required questions are not enforced, so drafts convert too.
   *
   * @throws IllegalArgumentException if {@link AnswerCheck#check} finds any other problem; call it
   *     first to show the problems to the respondent
   */
  public static List<AnswerValue> toValues(QuestionnaireTemplate template, RawAnswers answers) {
    List<AnswerProblem> problems = AnswerCheck.check(template, answers, false);
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(
          "answers do not fit template "
              + template.code()
              + " v"
              + template.version()
              + ": "
              + problems.stream()
                  .map(p -> p.questionCode() + ": " + p.message().en())
                  .collect(Collectors.joining("; ")));
    }
    RawAnswers visible = ShownQuestions.visibleAnswers(template, answers);
    List<AnswerValue> rows = new ArrayList<>();
    for (Question question : template.questions()) {
      List<String> values = visible.get(question.code());
      if (values.isEmpty()) {
        continue;
      }
      String code = question.code();
      String value = values.get(0);
      switch (question.type()) {
        case SCALE ->
            rows.add(
                RawAnswers.DONT_KNOW.equals(value)
                    ? AnswerValue.ofDontKnow(code)
                    : AnswerValue.ofNumber(code, Integer.parseInt(value)));
        case SINGLE -> rows.add(AnswerValue.ofChoice(code, 0, value));
        case MULTIPLE -> {
          for (int i = 0; i < values.size(); i++) {
            rows.add(AnswerValue.ofChoice(code, i, values.get(i)));
          }
        }
        case NUMBER ->
            rows.add(AnswerValue.ofNumber(code, AnswerCheck.parseNumber(value).orElseThrow()));
        case TEXT -> rows.add(AnswerValue.ofText(code, value));
      }
    }
    return List.copyOf(rows);
  }

  /**
   * The answers a set of stored rows represents, to fill a form again. Needs no template: numbers
   * come back as plain decimals ("3", "12.5"), which read as both scale and number answers.
   */
  public static RawAnswers fromValues(List<AnswerValue> values) {
    Map<String, List<AnswerValue>> byQuestion = new LinkedHashMap<>();
    for (AnswerValue value : values) {
      byQuestion.computeIfAbsent(value.questionCode(), k -> new ArrayList<>()).add(value);
    }
    Map<String, List<String>> raw = new LinkedHashMap<>();
    byQuestion.forEach(
        (code, rows) ->
            raw.put(
                code,
                rows.stream()
                    .sorted(Comparator.comparingInt(AnswerValue::ordinal))
                    .map(AnswerValues::asText)
                    .toList()));
    return RawAnswers.of(raw);
  }

  private static String asText(AnswerValue value) {
    if (value.dontKnow()) {
      return RawAnswers.DONT_KNOW;
    }
    if (value.number() != null) {
      return AnswerMessages.plain(value.number(), '.');
    }
    if (value.choice() != null) {
      return value.choice();
    }
    return value.text() == null ? "" : value.text();
  }
}
