/**
 * Answers on their way in: from a web form, the JSON API or a CSV import as {@link
 * org.barometer.survey.domain.response.RawAnswers}, checked against the questionnaire by {@link
 * org.barometer.survey.domain.response.AnswerCheck} the same way for all three, and stored as typed
 * {@link org.barometer.survey.domain.response.AnswerValue} rows that statistics can aggregate in
 * the database.
 *
 * <p>Plain Java in the domain layer, so the rules are tested without a server: which questions a
 * respondent sees ({@link org.barometer.survey.domain.response.Visibility}), why an answer is
 * refused in the respondent's language ({@link
 * org.barometer.survey.domain.response.AnswerProblem}), and the k-anonymous coarsening of an answer
 * export's background columns ({@link org.barometer.survey.domain.response.BackgroundCoarsening}).
 */
package org.barometer.survey.domain.response;
