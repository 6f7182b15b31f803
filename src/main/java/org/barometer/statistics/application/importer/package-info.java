/**
 * What every statistics file format is read into: a {@link
 * org.barometer.statistics.application.importer.Dataset}, a table as the office published it, with
 * its {@link org.barometer.statistics.application.importer.Dimension}s and one cell per combination
 * of their categories, by a {@link org.barometer.statistics.application.importer.DatasetParser}; a
 * file that cannot be read is refused whole with an {@link
 * org.barometer.statistics.application.importer.ImportException}.
 *
 * <p>The application layer, where the files people exchange are read. Nothing in a dataset is yet
 * interpreted as regions, periods or measures: that mapping comes after, and the user may change
 * it. The formats are in {@code px}, {@code jsonstat} and {@code csv}; the PxWeb client reuses the
 * JSON-stat parser.
 */
package org.barometer.statistics.application.importer;
