/**
 * The Faces backing beans of the goals pages: the list of plans with import and carrying a plan
 * into the next period ({@link org.barometer.goals.interfaces.web.PlansPage}), a plan's scorecard
 * ({@link org.barometer.goals.interfaces.web.ScorecardPage}), one indicator in detail ({@link
 * org.barometer.goals.interfaces.web.IndicatorPage}), and a plan made or changed in the browser by
 * an analyst ({@link org.barometer.goals.interfaces.web.PlanEditorPage}, its pickers {@link
 * org.barometer.goals.interfaces.web.SourcePickers}; the draft, its checks and its preview are
 * {@code goals.application.editor}'s).
 *
 * <p>The interfaces layer: the beans hold what a page shows and call the application's {@link
 * org.barometer.goals.application.Plans}; scoring rules stay in the domain.
 */
package org.barometer.goals.interfaces.web;
