package org.barometer.analysis.domain;

import java.util.Optional;
import java.util.OptionalDouble;

/**
 * A factor in the priority matrix: its score, its impact (Pearson r with the overall index) and its
 * quadrant; impact and quadrant are empty when the correlation is undefined (fewer than two
 * respondents with both indices, or a constant index).
 */
public record FactorPlacement(
    String code, double score, OptionalDouble impact, Optional<Quadrant> quadrant) {}
