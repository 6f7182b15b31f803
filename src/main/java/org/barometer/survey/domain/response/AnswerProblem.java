package org.barometer.survey.domain.response;

import java.util.Objects;
import org.barometer.platform.i18n.LocalizedText;

/**
 * Why an answer cannot be accepted, to be shown next to its question in the respondent's language.
 *
 * @param questionCode the question concerned (for an unknown question, the code that was sent)
 * @param messageKey a stable identifier of the kind of problem (see {@link AnswerMessages}), for
 *     APIs and tests that should not depend on wording
 * @param message the explanation in nb, sv and en
 */
public record AnswerProblem(String questionCode, String messageKey, LocalizedText message) {

  public AnswerProblem {
    Objects.requireNonNull(questionCode, "questionCode");
    Objects.requireNonNull(messageKey, "messageKey");
    Objects.requireNonNull(message, "message");
  }
}
