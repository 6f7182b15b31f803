/**
 * The analysis feature's JAX-RS resources under {@code /api}: a cycle's results as JSON, CSV and
 * Excel ({@link org.barometer.analysis.interfaces.rest.CycleResultsResource}), two cycles compared
 * ({@link org.barometer.analysis.interfaces.rest.ComparisonResource}), an item over all cycles
 * ({@link org.barometer.analysis.interfaces.rest.TrendResource}), and the charts as PNG ({@link
 * org.barometer.analysis.interfaces.rest.ResultCharts}); a closed cycle published to the public
 * ({@link org.barometer.analysis.interfaces.rest.PublicationResource}) and its published figures as
 * JSON-stat under {@code /api/public}, without a login ({@link
 * org.barometer.analysis.interfaces.rest.PublicResultsResource}).
 *
 * <p>The interfaces layer: it only shapes what the application has computed. Small groups are
 * suppressed before the results reach it, so a suppressed group goes out with its visibility and no
 * figures, and no chart draws it.
 */
package org.barometer.analysis.interfaces.rest;
