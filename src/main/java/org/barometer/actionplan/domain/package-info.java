/**
 * The plan's year: {@link org.barometer.actionplan.domain.ActionPlan}s of {@link
 * org.barometer.actionplan.domain.Activity activities} serving a plan's goals, each with an {@link
 * org.barometer.actionplan.domain.Owner} and a history of {@link
 * org.barometer.actionplan.domain.StatusReport}s (green, yellow, red, done, cancelled; yellow and
 * red with a cause and a recommended action), and the {@link
 * org.barometer.actionplan.domain.StatusRound}s in which owners report from a personal link.
 *
 * <p>A goal is named by its id within the plan; the application layer checks it against the plan.
 */
package org.barometer.actionplan.domain;
