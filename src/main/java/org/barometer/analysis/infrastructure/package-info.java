/**
 * Where the analysis feature counts and keeps: a cycle's answers counted in SQL ({@link
 * org.barometer.analysis.infrastructure.JdbcAnswerStatistics}), closed cycles' counts kept for
 * later server starts ({@link org.barometer.analysis.infrastructure.JdbcCountsArchive}), and the
 * marks of the live snapshots ({@link org.barometer.analysis.infrastructure.JdbcSnapshotMarks}).
 *
 * <p>The infrastructure layer, implementing the domain's {@link
 * org.barometer.analysis.domain.AnswerStatistics}, {@link
 * org.barometer.analysis.domain.CountsArchive} and {@link
 * org.barometer.analysis.domain.SnapshotMarks} with plain JDBC. The statistics need only counts, so
 * the database groups the answers and returns a few thousand rows; no answer is ever loaded as an
 * entity.
 */
package org.barometer.analysis.infrastructure;
