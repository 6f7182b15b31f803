/**
 * Reading JSON-stat files (2.0 datasets and collections, 1.x bundles) into datasets, streaming and
 * without a JSON tree of the file: {@link
 * org.barometer.statistics.application.importer.jsonstat.JsonStatParser} reads members in any order
 * into a {@link org.barometer.statistics.application.importer.jsonstat.RawDataset}, and {@link
 * org.barometer.statistics.application.importer.jsonstat.DatasetAssembler} checks it against its
 * own shape.
 *
 * <p>Application layer, one of the importer's formats, also used for the answers of the offices'
 * PxWeb APIs. Cells go straight into primitive arrays and {@link
 * org.barometer.statistics.application.importer.jsonstat.JsonCursor} bounds the nesting and names
 * the key path, line and column of every problem, so a file of a million cells or a hostile one is
 * read within a bounded memory or refused with a message.
 */
package org.barometer.statistics.application.importer.jsonstat;
