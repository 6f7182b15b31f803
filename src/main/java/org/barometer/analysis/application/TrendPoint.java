package org.barometer.analysis.application;

import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.analysis.domain.Visibility;
import org.barometer.survey.domain.CycleStatus;

/**
 * One cycle's estimate of an item in a trend: the stratified mean where the cycle knows its strata,
 * else the simple mean, with its 95 % interval; nothing but the visibility when suppressed.
 */
public record TrendPoint(
    long cycleId,
    String cycle,
    CycleStatus status,
    Visibility visibility,
    Long n,
    OptionalDouble estimate,
    Optional<ConfidenceInterval> interval,
    boolean stratified) {}
