/**
 * A municipality's strategic business plan and how its goals are scored: plans → main goals →
 * sub-goals → indicators, each indicator with a source, a baseline and a target rule, scored per
 * period into a {@link org.barometer.goals.domain.Status} with its evidence and one sentence that
 * says why.
 *
 * <p>Pure Java without persistence or HTTP, so every rule is unit-tested against hand-worked cases.
 * A service calls {@link org.barometer.goals.domain.PlanScorer#score} with a {@link
 * org.barometer.goals.domain.Plan}, a {@link org.barometer.goals.domain.MeasurementLookup} and the
 * date to score as of; it gets an {@link org.barometer.goals.domain.Assessment} per indicator and a
 * status per goal ({@link org.barometer.goals.domain.GoalRollup}). Statistics of survey changes
 * come from {@link org.barometer.analysis.domain.Comparison}; periods from {@link
 * org.barometer.shared.Period}.
 */
package org.barometer.goals.domain;
