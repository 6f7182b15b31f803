package org.barometer.analysis.domain;

import java.util.Objects;

/**
 * A service factor's input to the {@link PriorityMatrix}.
 *
 * @param code the factor's index code
 * @param score the factor's index mean (0–100) over all respondents who have it
 * @param withOverall paired sums of (factor index, overall index) over respondents with both
 */
public record ServiceFactor(String code, double score, PairedSums withOverall) {

  public ServiceFactor {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(withOverall, "withOverall");
    if (!Double.isFinite(score)) {
      throw new IllegalArgumentException(code + ": score must be finite");
    }
  }
}
