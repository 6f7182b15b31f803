/**
 * The survey feature's JAX-RS resources under {@code /api}: surveys and their cycles ({@link
 * org.barometer.survey.interfaces.rest.SurveyResource}, {@link
 * org.barometer.survey.interfaces.rest.CycleResource}), the questionnaire templates, and a
 * respondent's submission by personal token ({@link
 * org.barometer.survey.interfaces.rest.ResponseResource}).
 *
 * <p>The interfaces layer: HTTP and transfer records ({@link
 * org.barometer.survey.interfaces.rest.SurveyView}, {@link
 * org.barometer.survey.interfaces.rest.CycleView}); entities do not cross the wire. The submission
 * needs no login: the token is the authority, sent in the body so that it stays out of access logs.
 */
package org.barometer.survey.interfaces.rest;
