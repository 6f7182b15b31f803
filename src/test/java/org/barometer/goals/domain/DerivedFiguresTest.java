package org.barometer.goals.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.barometer.goals.domain.IndicatorSource.DerivedFigure;
import org.barometer.goals.domain.IndicatorSource.OfficialSeries;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCodes;
import org.barometer.statistics.domain.Series;
import org.junit.jupiter.api.Test;

class DerivedFiguresTest {

  private static OfficialSeries input(String measure, String region) {
    return new OfficialSeries("SSB", Optional.empty(), measure, region);
  }

  private static Series series(String measure, String region, Map<Period, Double> values) {
    return Series.ofValues(measure, RegionCodes.normalise(region, Country.NO), values);
  }

  @Test
  void growthOfJobsMinusGrowthOfPopulation() {
    // jobs 100 → 103 (+3 %), population 1000 → 1020 (+2 %): 3 − 2 = 1.0 point in 2022;
    // 2021 has no previous year, so no figure
    OfficialSeries jobs = input("jobs", "3907");
    OfficialSeries pop = input("population", "3907");
    Map<OfficialSeries, Series> data =
        Map.of(
            jobs,
                series("jobs", "3907", Map.of(Period.year(2021), 100.0, Period.year(2022), 103.0)),
            pop,
                series(
                    "population",
                    "3907",
                    Map.of(Period.year(2021), 1000.0, Period.year(2022), 1020.0)));
    Measurements m =
        DerivedFigures.compute(
            new DerivedFigure(DerivedFigure.Formula.GROWTH_DIFFERENCE, List.of(jobs, pop)),
            data::get);
    assertEquals(1, m.all().size());
    assertEquals(1.0, m.at(Period.year(2022)).orElseThrow().value(), 1e-9);
  }

  @Test
  void taxIncomePerInhabitantAsAShareOfTheNationalValue() {
    // own 900 / 20 = 45 per inhabitant; nation 10000 / 200 = 50; 45/50 × 100 = 90 %
    // 2024: the nation has no figure → no share
    OfficialSeries tax = input("tax", "3907");
    OfficialSeries pop = input("population", "3907");
    OfficialSeries taxNo = input("tax", "EAK");
    OfficialSeries popNo = input("population", "EAK");
    Period y23 = Period.year(2023);
    Period y24 = Period.year(2024);
    Map<OfficialSeries, Series> data =
        Map.of(
            tax, series("tax", "3907", Map.of(y23, 900.0, y24, 950.0)),
            pop, series("population", "3907", Map.of(y23, 20.0, y24, 20.0)),
            taxNo, series("tax", "EAK", Map.of(y23, 10000.0)),
            popNo, series("population", "EAK", Map.of(y23, 200.0)));
    Measurements m =
        DerivedFigures.compute(
            new DerivedFigure(
                DerivedFigure.Formula.PER_INHABITANT_SHARE_OF_NATIONAL,
                List.of(tax, pop, taxNo, popNo)),
            data::get);
    assertEquals(90.0, m.at(y23).orElseThrow().value(), 1e-9);
    assertTrue(m.at(y24).isEmpty());
  }
}
