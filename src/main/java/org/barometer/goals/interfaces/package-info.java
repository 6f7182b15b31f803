/**
 * What the goals feature's REST resources and Faces pages both show: {@link
 * org.barometer.goals.interfaces.ScorecardView}, a scored plan as a tree of goals with each
 * indicator's status, latest figure, target and the sentence that says why.
 *
 * <p>The interfaces layer, shared by {@code rest} and {@code web} so the API and the scorecard page
 * build the same view of a plan once. Domain records do not cross the wire themselves.
 */
package org.barometer.goals.interfaces;
