package org.barometer.survey.domain.response;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.barometer.survey.domain.template.NumberRange;
import org.barometer.survey.domain.template.Question;
import org.barometer.survey.domain.template.QuestionType;
import org.barometer.survey.domain.template.QuestionnaireTemplate;
import org.barometer.survey.domain.template.Scale;

/**
 * Validates answers against their template, the same way for a web form, the JSON API and a CSV
 * import, so stored answers are always something statistics can read.
 */
public final class AnswerCheck {

  /** Longest free-text answer, in characters; matches the storage column. */
  public static final int MAX_TEXT_LENGTH = 4000;

  private static final Pattern SCALE_VALUE = Pattern.compile("\\d{1,2}");

  /** Digits with an optional sign and an optional decimal point or comma; no exponent. */
  private static final Pattern DECIMAL = Pattern.compile("[-+]?\\d{1,15}([.,]\\d{1,10})?");

  /** Spaces respondents type as thousands separators ("100 000"), including no-break spaces. */
  private static final Pattern GROUPING = Pattern.compile("[\\s\\u00A0\\u202F]");

  private AnswerCheck() {}

  /**
   * All problems with {@code answers}, in question order, with unknown question codes last.
   *
   * @param complete true when the respondent submits; false when saving a draft, where required
   *     questions may still be open but every answer given must be valid
   */
  public static List<AnswerProblem> check(
      QuestionnaireTemplate template, RawAnswers answers, boolean complete) {
    List<AnswerProblem> problems = new ArrayList<>();
    RawAnswers visible = ShownQuestions.visibleAnswers(template, answers);
    for (Question question : template.questions()) {
      if (!ShownQuestions.isVisible(question, visible)) {
        continue;
      }
      List<String> values = visible.get(question.code());
      if (values.isEmpty()) {
        if (complete && question.required()) {
          problems.add(AnswerMessages.required(question.code()));
        }
        continue;
      }
      checkValues(question, values, problems);
    }
    for (String code : answers.codes()) {
      if (template.question(code).isEmpty()) {
        problems.add(AnswerMessages.unknownQuestion(code));
      }
    }
    return List.copyOf(problems);
  }

  private static void checkValues(Question question, List<String> values, List<AnswerProblem> out) {
    String code = question.code();
    if (question.type() != QuestionType.MULTIPLE && values.size() > 1) {
      out.add(AnswerMessages.oneValue(code));
      return;
    }
    String value = values.get(0);
    switch (question.type()) {
      case SCALE -> {
        Scale scale = question.scale();
        boolean dontKnow = scale.dontKnow() && RawAnswers.DONT_KNOW.equals(value);
        if (!dontKnow && scaleValue(value).filter(scale::contains).isEmpty()) {
          out.add(AnswerMessages.scaleRange(code, scale.points()));
        }
      }
      case SINGLE -> {
        if (question.option(value).isEmpty()) {
          out.add(AnswerMessages.unknownOption(code, value));
        }
      }
      case MULTIPLE -> {
        Set<String> seen = new HashSet<>();
        for (String option : values) {
          if (question.option(option).isEmpty()) {
            out.add(AnswerMessages.unknownOption(code, option));
          } else if (!seen.add(option)) {
            out.add(AnswerMessages.repeatedOption(code, option));
          }
        }
      }
      case NUMBER -> {
        Optional<Double> number = parseNumber(value);
        NumberRange range = question.range();
        if (number.isEmpty()) {
          out.add(AnswerMessages.notANumber(code));
        } else if (!range.contains(number.get())) {
          out.add(AnswerMessages.numberRange(code, range));
        }
      }
      case TEXT -> {
        if (value.codePointCount(0, value.length()) > MAX_TEXT_LENGTH) {
          out.add(AnswerMessages.textTooLong(code, MAX_TEXT_LENGTH));
        }
      }
    }
  }

  /** A scale answer as a number, if it is one; range is checked by the caller. */
  static Optional<Integer> scaleValue(String value) {
    return SCALE_VALUE.matcher(value).matches()
        ? Optional.of(Integer.parseInt(value))
        : Optional.empty();
  }

  /** A number answer: "12", "12.5", "12,5", "-3" or "100 000"; never NaN, infinity or 1e5. */
  public static Optional<Double> parseNumber(String value) {
    String compact = GROUPING.matcher(value).replaceAll("");
    if (!DECIMAL.matcher(compact).matches()) {
      return Optional.empty();
    }
    return Optional.of(Double.parseDouble(compact.replace(',', '.')));
  }
}
