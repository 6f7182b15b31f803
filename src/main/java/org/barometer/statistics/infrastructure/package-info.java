/**
 * Where official statistics are stored and read back, in plain JDBC with the same SQL on H2 and
 * PostgreSQL: {@link org.barometer.statistics.infrastructure.JdbcStatisticsStore} stores an
 * imported table in one transaction of its own, {@link
 * org.barometer.statistics.infrastructure.JdbcStatisticsCatalogue} reads tables, series and
 * observations, and {@link org.barometer.statistics.infrastructure.JdbcRegionGroupDirectory} holds
 * the shipped and the defined region groups.
 *
 * <p>The infrastructure layer, implementing the application's ports ({@link
 * org.barometer.statistics.application.StatisticsStore}, {@link
 * org.barometer.statistics.application.StatisticsCatalogue}, {@link
 * org.barometer.statistics.domain.RegionGroupDirectory}). JDBC rather than JPA because a table can
 * hold a million cells: they never become objects, but are staged in batches (or with PostgreSQL's
 * {@code COPY}, see {@link org.barometer.statistics.infrastructure.Dialect}) and merged by
 * set-based statements. The clients of the offices' APIs are in {@code fetch}.
 */
package org.barometer.statistics.infrastructure;
