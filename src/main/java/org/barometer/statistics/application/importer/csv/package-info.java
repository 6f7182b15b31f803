/**
 * Reading the documented long CSV format (one observation per row; {@code docs/statistics-csv.md})
 * into a dataset, for figures no office publishes through an API: {@link
 * org.barometer.statistics.application.importer.csv.LongCsvParser} reads the file, {@link
 * org.barometer.statistics.application.importer.csv.ObservationReader} checks every row, and {@link
 * org.barometer.statistics.application.importer.csv.DatasetAssembler} lays the rows out as the
 * dense dataset every importer produces.
 *
 * <p>Application layer, one of the importer's formats. The file is typed by hand, so it is refused
 * whole with every problem listed ({@link
 * org.barometer.statistics.application.importer.csv.CsvRejectedException}). What any uploaded CSV
 * needs (size bound, encoding, separator, line numbers) comes from {@link
 * org.barometer.platform.csv}; what the columns mean stays here.
 */
package org.barometer.statistics.application.importer.csv;
