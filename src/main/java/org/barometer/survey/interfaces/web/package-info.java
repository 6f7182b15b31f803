/**
 * The Faces backing beans of the survey pages: the staff's overview of surveys ({@link
 * org.barometer.survey.interfaces.web.SurveysPage}), one cycle for the staff running it ({@link
 * org.barometer.survey.interfaces.web.CyclePage}), and the questionnaire a business answers from
 * its personal link ({@link org.barometer.survey.interfaces.web.AnswerPage}), reached by the short
 * link {@code /s/<token>} ({@link org.barometer.survey.interfaces.web.AnswerLinkServlet}).
 *
 * <p>The interfaces layer: the beans hold what a page shows and call the application's services.
 */
package org.barometer.survey.interfaces.web;
