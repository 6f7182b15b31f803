/**
 * The Faces backing beans of the results pages: one cycle's results ({@link
 * org.barometer.analysis.interfaces.web.ResultsPage}), two cycles side by side ({@link
 * org.barometer.analysis.interfaces.web.ComparePage}) and an item over all cycles ({@link
 * org.barometer.analysis.interfaces.web.TrendPage}); a published cycle's public page for the
 * businesses ({@link org.barometer.analysis.interfaces.web.PublicResultsPage}) and the box where
 * analysts publish it ({@link org.barometer.analysis.interfaces.web.PublicationPanel}).
 *
 * <p>The interfaces layer. The figures come from the application's {@link
 * org.barometer.analysis.application.ResultsService}; {@link
 * org.barometer.analysis.interfaces.web.ResultViews} turns them into views in the reader's language
 * (labels from the questionnaire, numbers formatted by {@link
 * org.barometer.analysis.interfaces.web.Numbers}, suppressed groups named with the reason), kept
 * apart so the page beans only read parameters.
 */
package org.barometer.analysis.interfaces.web;
