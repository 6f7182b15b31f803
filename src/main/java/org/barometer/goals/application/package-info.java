/**
 * The goals feature's use cases: import, keep and score the municipality's plans ({@link
 * org.barometer.goals.application.Plans}) from the figures Barometer holds ({@link
 * org.barometer.goals.application.StoredMeasurements}: official statistics series and survey
 * results), giving a {@link org.barometer.goals.application.Scorecard} for a day.
 *
 * <p>The application layer: CDI services between the interfaces and the pure scoring rules of
 * {@link org.barometer.goals.domain}. Storage is reached through the ports {@link
 * org.barometer.goals.application.PlanLibrary} and {@link
 * org.barometer.goals.application.RankBook}, implemented in infrastructure, so no SQL lives here.
 * Reading and writing plan files is in {@code planfile}.
 */
package org.barometer.goals.application;
