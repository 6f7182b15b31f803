/**
 * The line chart of official figures over time, one line per region or group ({@link
 * org.barometer.statistics.interfaces.chart.SeriesChart}), drawn with JFreeChart in the shared
 * {@link org.barometer.platform.chart.ChartStyle}.
 *
 * <p>Charts belong to the interfaces layer because they are how a page or a response shows a
 * figure; the figures come from the application's series reading, and a missing figure breaks the
 * line rather than being drawn as zero.
 */
package org.barometer.statistics.interfaces.chart;
