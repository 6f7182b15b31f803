/**
 * The analysis feature's use cases: what a cycle found, what changed since the last one, and how an
 * index moved over all cycles ({@link org.barometer.analysis.application.ResultsService}), and the
 * results as CSV and Excel files ({@link org.barometer.analysis.application.ResultsExport}), a
 * closed cycle published back to the businesses ({@link
 * org.barometer.analysis.application.ResultsPublication}) and its figures as JSON-stat ({@link
 * org.barometer.analysis.application.JsonStatResults}).
 *
 * <p>The application layer. Everything is computed from a cycle's answers reduced to counts ({@link
 * org.barometer.analysis.application.CycleCounts}, loaded by {@link
 * org.barometer.analysis.application.CycleCountsLoader}, counted once and kept when a cycle is
 * closed) with the statistics of {@link org.barometer.analysis.domain}. {@link
 * org.barometer.analysis.application.ResultsCalculator} suppresses every group smaller than the
 * survey's minimum once, before anything reaches a page, the API or an export. Open cycles show
 * live results counted in steps ({@link org.barometer.analysis.application.LiveSnapshots}) so that
 * results never move by one business's answer.
 */
package org.barometer.analysis.application;
