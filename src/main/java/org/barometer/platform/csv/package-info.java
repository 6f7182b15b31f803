/**
 * Reading CSV files that staff upload, whatever they contain, and writing exports that are safe to
 * open in a spreadsheet.
 *
 * <p>The business register ({@code org.barometer.survey.domain.register}) and the statistics CSV
 * import ({@code org.barometer.statistics.application.importer.csv}) take files written by hand or
 * saved from Excel in Nordic locales, and both refuse a file whole with every problem listed. What
 * that needs regardless of the columns lives here once: a size bound, strict UTF-8 with an optional
 * byte-order mark, comma-or-semicolon detection, line numbers as an editor shows them, and a
 * bounded list of problems. What the columns mean stays with each importer.
 *
 * <p>Writing goes the other way once too: every CSV and Excel export passes its text through {@link
 * org.barometer.platform.csv.SpreadsheetText}, so no cell runs as a formula.
 */
package org.barometer.platform.csv;
