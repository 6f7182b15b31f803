package org.barometer.survey.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.barometer.survey.domain.StratumPopulation;

/**
 * What staff give to create a cycle: a label (usually the year), the planned dates and, when the
 * register tells, the size of the business population in total and per stratum.
 */
public record NewCycle(
    @NotBlank(message = "is required") @Size(max = 40, message = "must be at most 40 characters")
        String label,
    LocalDate opensOn,
    LocalDate closesOn,
    @Min(value = 1, message = "must be at least 1")
        @Max(value = MAX_POPULATION, message = "must be at most " + MAX_POPULATION)
        Integer populationSize,
    List<@Valid Stratum> strata) {

  /** The population of one stratum (NACE section letter × size class). */
  public record Stratum(
      @NotBlank(message = "is required") String industry,
      @NotBlank(message = "is required") String sizeClass,
      @NotNull(message = "is required")
          @Min(value = 1, message = "must be at least 1")
          @Max(value = MAX_POPULATION, message = "must be at most " + MAX_POPULATION)
          Integer population) {}

  /** More businesses than any municipality has; a larger number is a mistake. */
  public static final int MAX_POPULATION = 10_000_000;

  List<StratumPopulation> strataPopulation() {
    return strata == null
        ? List.of()
        : strata.stream()
            .map(s -> new StratumPopulation(s.industry(), s.sizeClass(), s.population()))
            .toList();
  }
}
