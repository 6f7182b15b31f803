package org.barometer.statistics.application.importer.csv;

import org.barometer.shared.Period;

/**
 * One checked data row: the figure for one measure, region and period.
 *
 * <p>Rows are kept in this form until the whole file is read, because the dense {@link
 * org.barometer.statistics.application.importer.Dataset} can only be laid out once every measure,
 * region and period is known.
 *
 * @param value the number, or NaN when {@code status} says why there is none
 * @param status a status symbol ({@link LongCsvParser#STATUS_SYMBOLS}), or null
 * @param note the cell's note, or null
 */
record CsvRow(
    String measure, String region, Period period, double value, String status, String note) {}
