package org.barometer.survey.interfaces.rest;

import java.time.LocalDate;
import java.util.List;
import org.barometer.survey.application.CycleProgress;
import org.barometer.survey.domain.StratumPopulation;
import org.barometer.survey.domain.SurveyCycle;

/** A cycle as the API shows it; {@code progress} only where asked for one cycle. */
public record CycleView(
    long id,
    String survey,
    String label,
    String status,
    LocalDate opensOn,
    LocalDate closesOn,
    String templateCode,
    int templateVersion,
    Integer populationSize,
    List<StratumPopulationView> strata,
    CycleProgress progress) {

  /** A stratum's population. */
  public record StratumPopulationView(String industry, String sizeClass, int population) {}

  static CycleView of(SurveyCycle cycle, CycleProgress progress) {
    return new CycleView(
        cycle.id(),
        cycle.survey().code(),
        cycle.label(),
        cycle.status().name(),
        cycle.opensOn(),
        cycle.closesOn(),
        cycle.template().code(),
        cycle.template().version(),
        cycle.populationSize(),
        cycle.strata().stream().map(CycleView::view).toList(),
        progress);
  }

  private static StratumPopulationView view(StratumPopulation s) {
    return new StratumPopulationView(s.industry(), s.sizeClass(), s.population());
  }
}
