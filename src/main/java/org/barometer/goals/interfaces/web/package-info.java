/**
 * The Faces backing beans of the goals pages: the list of plans with import and carrying a plan
 * into the next period ({@link org.barometer.goals.interfaces.web.PlansPage}), a plan's scorecard
 * ({@link org.barometer.goals.interfaces.web.ScorecardPage}) and one indicator in detail ({@link
 * org.barometer.goals.interfaces.web.IndicatorPage}).
 *
 * <p>The interfaces layer: the beans hold what a page shows and call the application's {@link
 * org.barometer.goals.application.Plans}; scoring rules stay in the domain.
 */
package org.barometer.goals.interfaces.web;
