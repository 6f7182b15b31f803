/**
 * The charts of survey results, drawn with JFreeChart in the shared {@link
 * org.barometer.platform.chart.ChartStyle}: how the answers to a question spread ({@link
 * org.barometer.analysis.interfaces.chart.DistributionChart}), an index over the cycles with its
 * intervals ({@link org.barometer.analysis.interfaces.chart.TrendChart}), and the priority matrix
 * ({@link org.barometer.analysis.interfaces.chart.PriorityChart}).
 *
 * <p>Charts belong to the interfaces layer because they are how a page or a response shows a
 * figure. Each shows figures the page and the API also give as a table, and only those, so a
 * suppressed group is never drawn.
 */
package org.barometer.analysis.interfaces.chart;
