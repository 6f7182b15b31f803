package org.barometer.analysis.application;

import java.util.Optional;
import org.barometer.analysis.domain.Comparison;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.analysis.domain.Verdict;
import org.barometer.platform.i18n.LocalizedText;

/**
 * One item in two cycles: the figures of each, the change of the simple mean (Welch's t on the
 * finite-population corrected variances of the means, where a cycle knows its population) and,
 * where both cycles know their strata, of the stratified mean (z-test). Items suppressed in either
 * cycle are not compared.
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
    Optional<Comparison> stratified) {

  /** The verdict to show: the stratified test's where there is one, else Welch's. */
  public Optional<Verdict> verdict() {
    return stratified.flatMap(Comparison::verdict).or(simple::verdict);
  }
}
