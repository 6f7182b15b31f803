/**
 * The Faces backing beans of the statistics pages: importing a file in three steps (drop, check the
 * preview and the guessed mapping, read what was stored; {@link
 * org.barometer.statistics.interfaces.web.ImportPage}) and the series browser ({@link
 * org.barometer.statistics.interfaces.web.SeriesPage}), a chart with the same figures as a table.
 *
 * <p>The interfaces layer: the beans hold a page's state and call the application's services.
 */
package org.barometer.statistics.interfaces.web;
