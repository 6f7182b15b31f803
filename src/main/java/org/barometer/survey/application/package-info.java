/**
 * The survey feature's use cases: staff creating, opening and closing surveys and cycles ({@link
 * org.barometer.survey.application.SurveyService}), inviting the business register ({@link
 * org.barometer.survey.application.InvitationService}) and mailing personal links ({@link
 * org.barometer.survey.application.MailingService}), a business answering from its link ({@link
 * org.barometer.survey.application.AnsweringService}), answers out and in as CSV ({@link
 * org.barometer.survey.application.AnswerExchange}), and the questionnaire templates of the {@code
 * surveys/} folder ({@link org.barometer.survey.application.TemplateLibrary}).
 *
 * <p>The application layer: CDI services over the domain's entities and repositories. Other
 * features are told and asked without the survey feature knowing them: a {@link
 * org.barometer.survey.application.CycleClosed} event when a cycle's answers are final, and {@link
 * org.barometer.survey.application.ClosingGuard}s another feature may put before a close. Reading
 * template files is in {@code template}.
 */
package org.barometer.survey.application;
