package org.barometer.analysis.application;

import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.analysis.domain.Visibility;
import org.barometer.survey.domain.CycleStatus;

/**
 * One cycle's estimate of an item (or of one group) in a trend: the stratified mean where the cycle
 * knows its strata, else the simple mean, with its 95 % interval; nothing but the visibility when
 * suppressed.
 *
 * @param provisional the cycle is not closed (it is still open, or a draft): its figure moves with
 *     every answer; it is shown but never counts towards the slope, nor towards a goal
 * @param year the cycle's place on the time axis of the slope (the year its label starts with, else
 *     the year it opened); empty when neither is known
 * @param change the change from the previous cycle with an estimate; empty for the first such cycle
 *     and for a cycle without an estimate
 */
public record TrendPoint(
    long cycleId,
    String cycle,
    CycleStatus status,
    boolean provisional,
    OptionalDouble year,
    Visibility visibility,
    Long n,
    OptionalDouble estimate,
    Optional<ConfidenceInterval> interval,
    boolean stratified,
    Optional<TrendChange> change) {}
