/**
 * The statistics feature's JAX-RS resources under {@code /api}: importing files ({@link
 * org.barometer.statistics.interfaces.rest.StatisticsImportResource}), fetching from the offices
 * ({@link org.barometer.statistics.interfaces.rest.StatisticsFetchResource}), the catalogue of what
 * is held, series for regions and groups ({@link
 * org.barometer.statistics.interfaces.rest.SeriesResource}) and region groups.
 *
 * <p>The interfaces layer: HTTP and transfer records such as {@link
 * org.barometer.statistics.interfaces.rest.SeriesView}; the work is done by the application's
 * services and ports.
 */
package org.barometer.statistics.interfaces.rest;
