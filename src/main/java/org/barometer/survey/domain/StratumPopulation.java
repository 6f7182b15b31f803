package org.barometer.survey.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * How many businesses of one stratum (industry section × size class) the municipality has, from the
 * business register. The statistics weight each stratum's answers by it.
 */
@Embeddable
public class StratumPopulation {

  @Column(nullable = false)
  private String industry;

  @Column(name = "size_class", nullable = false)
  private String sizeClass;

  @Column(nullable = false)
  private int population;

  protected StratumPopulation() {}

  public StratumPopulation(String industry, String sizeClass, int population) {
    if (industry == null || !industry.matches("[A-U]")) {
      throw new IllegalArgumentException(
          "The industry must be a NACE section letter A-U, was " + industry);
    }
    if (population < 1) {
      throw new IllegalArgumentException("A stratum's population must be at least 1");
    }
    this.industry = industry;
    this.sizeClass = sizeClass;
    this.population = population;
  }

  public String industry() {
    return industry;
  }

  public String sizeClass() {
    return sizeClass;
  }

  public int population() {
    return population;
  }
}
