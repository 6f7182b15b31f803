/**
 * One look for every chart ({@link org.barometer.platform.chart.ChartStyle}): colours, background,
 * type readable at phone width, and PNG output.
 *
 * <p>Platform code, used by each feature's {@code interfaces.chart} package, so results, statistics
 * and goals charts look like one application while each feature decides what its charts show.
 */
package org.barometer.platform.chart;
