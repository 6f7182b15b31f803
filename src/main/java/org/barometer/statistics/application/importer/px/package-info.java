/**
 * Reading PC-Axis (PX) files into a dataset: {@link
 * org.barometer.statistics.application.importer.px.PxParser} with its parts for the encoding
 * ({@link org.barometer.statistics.application.importer.px.PxEncoding}), the tokens ({@link
 * org.barometer.statistics.application.importer.px.PxScanner}), keywords and languages, variables,
 * time, notes and the data cells.
 *
 * <p>Application layer, one of the importer's formats. Split by the parts of the format so each of
 * its rules (encodings, languages, sparse and dense data) can be read and tested on its own; a
 * broken or hostile file fails with a message naming the line.
 */
package org.barometer.statistics.application.importer.px;
