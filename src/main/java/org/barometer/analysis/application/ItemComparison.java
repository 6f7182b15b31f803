package org.barometer.analysis.application;

import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.analysis.domain.Verdict;
import org.barometer.platform.i18n.LocalizedText;

/**
 * One item in two cycles: the figures of each, the change of the simple mean (Welch's t on the
 * finite-population corrected variances of the means, where a cycle knows its population) and,
 * where both cycles know their strata, of the stratified mean (z-test). Items suppressed in either
 * cycle are not compared.
 *
 * @param holmPValue the p-value of the {@linkplain #test() shown test}, Holm-adjusted over every
 *     item of the comparison that has a test: a comparison tests many changes at once, and some are
 *     "significant" at 5 % by chance alone; empty when this item has no test
 */
public record ItemComparison(
    String code,
    ItemKind kind,
    LocalizedText text,
    GroupFigures before,
    GroupFigures after,
    Comparison simple,
    Optional<StratifiedEstimate> stratifiedBefore,
    Optional<StratifiedEstimate> stratifiedAfter,
    Optional<Comparison> stratified,
    OptionalDouble holmPValue) {

  /** The verdict to show: the stratified test's where there is one, else Welch's. */
  public Optional<Verdict> verdict() {
    return test().verdict();
  }

  /** The test whose verdict is shown: the stratified one where it could be done, else Welch's. */
  public Comparison test() {
    return stratified.filter(Comparison::tested).orElse(simple);
  }
}
