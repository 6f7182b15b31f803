/**
 * The chart of an indicator over the years, drawn with JFreeChart: {@link
 * org.barometer.goals.interfaces.chart.IndicatorChart} draws an {@link
 * org.barometer.goals.application.IndicatorPicture} as figures, interval band, target path,
 * baseline and comparison lines.
 *
 * <p>Charts belong to the interfaces layer because they are how a page or a response shows a
 * figure; what the chart shows is decided in the application, so this package only draws.
 */
package org.barometer.goals.interfaces.chart;
