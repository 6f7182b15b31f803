/**
 * What the goals feature's REST resources and Faces pages both show: {@link
 * org.barometer.goals.interfaces.ScorecardView}, a scored plan as a tree of goals with each
 * indicator's status, latest figure, target and the sentence that says why.
 *
 * <p>The interfaces layer, shared by {@code rest} and {@code web} so the API and the scorecard page
 * build the same view of a plan once, from the application's {@link
 * org.barometer.goals.application.Scorecard} in the reader's locale.
 */
package org.barometer.goals.interfaces;
