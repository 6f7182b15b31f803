/**
 * The statistics feature's use cases: importing a file of official statistics with a preview
 * ({@link org.barometer.statistics.application.StatisticsImport}), fetching from the offices
 * through the {@link org.barometer.statistics.application.StatisticsFetch} port, and reading a
 * series for regions and groups across municipal reforms ({@link
 * org.barometer.statistics.application.SeriesReader}).
 *
 * <p>The application layer. A file's {@code Dataset} is mapped to regions, periods and measures
 * ({@link org.barometer.statistics.application.DatasetMapping}, {@link
 * org.barometer.statistics.application.MappedTable}) and checked whole before anything is stored,
 * so a table that cannot be mapped is refused whole. Storage is reached through ports ({@link
 * org.barometer.statistics.application.StatisticsStore}, {@link
 * org.barometer.statistics.application.StatisticsCatalogue}, {@link
 * org.barometer.statistics.domain.RegionGroupDirectory}) implemented with JDBC in infrastructure;
 * the file formats are read in {@code importer}.
 */
package org.barometer.statistics.application;
