package org.barometer.analysis.application;

import java.util.List;
import java.util.Optional;
import org.barometer.analysis.domain.StratifiedEstimate;
import org.barometer.platform.i18n.LocalizedText;

/**
 * All figures of one question or index in one cycle: the whole cycle, the estimate weighted by the
 * register's strata where the cycle knows them, and a breakdown by each background question.
 *
 * @param background whether the item is itself a background question (then it has no breakdowns,
 *     and its options with fewer answers than the minimum are suppressed like groups)
 */
public record ItemResult(
    String code,
    ItemKind kind,
    LocalizedText text,
    boolean background,
    GroupFigures overall,
    Optional<StratifiedEstimate> stratified,
    List<Breakdown> breakdowns) {

  public ItemResult {
    breakdowns = List.copyOf(breakdowns);
  }
}
