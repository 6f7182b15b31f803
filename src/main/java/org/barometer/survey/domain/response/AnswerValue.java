package org.barometer.survey.domain.response;

import java.util.Objects;

/**
 * One stored answer row: typed, so statistics can aggregate in the database without parsing text. A
 * scale answer has {@code number} (or {@code dontKnow}); a single choice has {@code choice}; a
 * multiple choice has one row per chosen option, numbered by {@code ordinal}; a number has {@code
 * number}; a text has {@code text}.
 *
 * @param ordinal 0 except for the second and later options of a multiple choice
 */
public record AnswerValue(
    String questionCode, int ordinal, Double number, String choice, String text, boolean dontKnow) {

  public AnswerValue {
    Objects.requireNonNull(questionCode, "questionCode");
    if (ordinal < 0) {
      throw new IllegalArgumentException("ordinal must not be negative");
    }
    if (dontKnow && number != null) {
      throw new IllegalArgumentException("a don't-know answer has no number");
    }
  }

  public static AnswerValue ofNumber(String question, double number) {
    return new AnswerValue(question, 0, number, null, null, false);
  }

  public static AnswerValue ofDontKnow(String question) {
    return new AnswerValue(question, 0, null, null, null, true);
  }

  public static AnswerValue ofChoice(String question, int ordinal, String option) {
    return new AnswerValue(question, ordinal, null, option, null, false);
  }

  public static AnswerValue ofText(String question, String text) {
    return new AnswerValue(question, 0, null, null, text, false);
  }
}
