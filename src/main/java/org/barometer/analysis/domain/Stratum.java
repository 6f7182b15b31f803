package org.barometer.analysis.domain;

import java.util.Objects;

/**
 * One stratum (industry section × size class) for a {@link StratifiedEstimate}: its answers and how
 * many businesses the register says it has.
 *
 * @param key a stable name, e.g. "C/10-49", for reports
 * @param sample the stratum's answers (may be empty)
 * @param populationSize N_h from the business register, at least 1 and at least n_h
 */
public record Stratum(String key, Frequencies sample, long populationSize) {

  public Stratum {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(sample, "sample");
    if (populationSize < 1) {
      throw new IllegalArgumentException(key + ": population size must be at least 1");
    }
    if (sample.n() > populationSize) {
      throw new IllegalArgumentException(
          key + ": n_h = " + sample.n() + " answers exceed N_h = " + populationSize);
    }
  }

  /** n_h. */
  public long n() {
    return sample.n();
  }
}
