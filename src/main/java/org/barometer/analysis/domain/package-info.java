/**
 * The statistics of survey results, in plain Java over Commons Math: no persistence, no CDI.
 *
 * <p>Everything starts from sufficient statistics the database can aggregate, never raw answers: a
 * {@link org.barometer.analysis.domain.Frequencies} table (value → count) per question or
 * respondent-level index and group, the number of "don't know", population counts per stratum, and
 * {@link org.barometer.analysis.domain.PairedSums} for correlations. From them come the {@link
 * org.barometer.analysis.domain.Summary} of a group (t interval, finite-population correction, R
 * type-7 quartiles), the {@link org.barometer.analysis.domain.StratifiedEstimate} (agreeing with
 * R's survey package), the {@link org.barometer.analysis.domain.Comparison} of two cycles (on the
 * same corrected variances as the intervals), the {@link
 * org.barometer.analysis.domain.WeightedTrend} over many, {@link
 * org.barometer.analysis.domain.Holm} adjusted p-values for many comparisons at once, the {@link
 * org.barometer.analysis.domain.Suppression} of small groups and the {@link
 * org.barometer.analysis.domain.PriorityMatrix}. {@link org.barometer.analysis.domain.IndexScore}
 * computes the respondent-level index values that are then tabulated.
 *
 * <p>In the result records, undefined figures are empty {@code Optional}s (with a reason where a
 * page should explain), never NaN (only the low-level {@code Frequencies} moments return NaN);
 * impossible inputs (n &gt; N, answers off the scale) are refused with {@link
 * IllegalArgumentException}.
 *
 * <p>One entity lives here too: {@link org.barometer.analysis.domain.Publication}, a closed cycle's
 * results put on the public page, behind {@link org.barometer.analysis.domain.Publications}.
 */
package org.barometer.analysis.domain;
