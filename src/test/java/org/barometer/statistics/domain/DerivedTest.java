package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.junit.jupiter.api.Test;

class DerivedTest {

  static final RegionCode R = RegionCodes.normalise("3907", Country.NO);
  static final double EPS = 1e-9;

  static Period y(int year) {
    return Period.year(year);
  }

  /** Alternating year, value; a null value is a ".." cell. */
  static Series series(Object... yearAndValue) {
    Map<Period, Double> m = new HashMap<>();
    for (int i = 0; i < yearAndValue.length; i += 2) {
      m.put(y((Integer) yearAndValue[i]), (Double) yearAndValue[i + 1]);
    }
    return Series.ofValues("jobs", R, m);
  }

  static double value(Series s, int year) {
    return s.value(y(year)).orElseThrow();
  }

  static Optional<String> status(Series s, int year) {
    return s.observation(y(year)).orElseThrow().status();
  }

  @Test
  void changePercentFromThePreviousPeriod() {
    // 2021: 110/100 − 1 = 10 %; 2022: 99/110 − 1 = −10 %; 2020 has no previous year.
    Series c = Derived.changePercent(series(2020, 100.0, 2021, 110.0, 2022, 99.0));
    assertEquals(OptionalDouble.empty(), c.value(y(2020)));
    assertEquals(10.0, value(c, 2021), EPS);
    assertEquals(-10.0, value(c, 2022), EPS);
  }

  @Test
  void changePercentPropagatesMissingAndZero() {
    Map<Period, Observation> m = new HashMap<>();
    m.put(y(2020), Observation.of(0));
    m.put(y(2021), Observation.of(5));
    m.put(y(2022), Observation.missing(":"));
    m.put(y(2023), Observation.of(8));
    Series c = Derived.changePercent(Series.of("jobs", R, m));
    assertEquals(Optional.of("."), status(c, 2021), "from zero: not applicable, not infinity");
    assertEquals(Optional.of(":"), status(c, 2022), "a confidential cell stays confidential");
    assertEquals(Optional.of(":"), status(c, 2023), "the previous one was confidential");
  }

  @Test
  void averageAnnualGrowthIsCompound() {
    // (121/100)^(1/2) − 1 = 1.1 − 1 = 10 % a year.
    Series s = series(2020, 100.0, 2022, 121.0);
    assertEquals(10.0, Derived.averageAnnualGrowth(s, y(2020), y(2022)).orElseThrow(), EPS);
    // Sarpsborg's kind of target: 1.5 %/year for 4 years, 100 → 100·1.015⁴ = 106.13636...
    Series t = series(2026, 100.0, 2030, 106.136355062500);
    assertEquals(1.5, Derived.averageAnnualGrowth(t, y(2026), y(2030)).orElseThrow(), 1e-9);
  }

  @Test
  void averageAnnualGrowthMissingWhenAnEndIsMissingOrNotPositive() {
    Series s = series(2020, 100.0, 2021, null, 2022, 0.0, 2023, -5.0);
    assertEquals(OptionalDouble.empty(), Derived.averageAnnualGrowth(s, y(2020), y(2021)));
    assertEquals(OptionalDouble.empty(), Derived.averageAnnualGrowth(s, y(2022), y(2023)));
    assertEquals(OptionalDouble.empty(), Derived.averageAnnualGrowth(s, y(2020), y(2023)));
    // To zero is −100 %: (0/100)^(1/2) − 1.
    assertEquals(-100.0, Derived.averageAnnualGrowth(s, y(2020), y(2022)).orElseThrow(), EPS);
    assertThrows(
        IllegalArgumentException.class, () -> Derived.averageAnnualGrowth(s, y(2022), y(2020)));
  }

  @Test
  void growthDifferenceInPercentagePoints() {
    // Jobs 1000 → 1060 (+6 %), population 5000 → 5200 (+4 %): 2 points.
    Series jobs = series(2017, 1000.0, 2022, 1060.0);
    Series population = series(2017, 5000.0, 2022, 5200.0);
    assertEquals(6.0, Derived.growthPercent(jobs, y(2017), y(2022)).orElseThrow(), EPS);
    assertEquals(
        2.0, Derived.growthDifference(jobs, population, y(2017), y(2022)).orElseThrow(), EPS);
    assertEquals(
        OptionalDouble.empty(),
        Derived.growthDifference(jobs, series(2017, 5000.0), y(2017), y(2022)));
  }

  @Test
  void perInhabitantPeriodByPeriod() {
    // 2021: 500 / 250 = 2; 2022: population missing; 2023: population zero.
    Series tax = series(2021, 500.0, 2022, 600.0, 2023, 700.0);
    Series pop = series(2021, 250.0, 2023, 0.0);
    Series per = Derived.perInhabitant(tax, pop);
    assertEquals(2.0, value(per, 2021), EPS);
    assertEquals(Optional.of(".."), status(per, 2022));
    assertEquals(Optional.of("."), status(per, 2023));
  }

  @Test
  void shareOfNationalInPercent() {
    // 45,000 against a national 50,000 per inhabitant: 90 % (the Sandefjord threshold).
    Series share =
        Derived.shareOfNational(series(2023, 45_000.0, 2024, null), series(2023, 50_000.0));
    assertEquals(90.0, value(share, 2023), EPS);
    assertTrue(share.observation(y(2024)).isPresent());
    assertEquals(OptionalDouble.empty(), share.value(y(2024)));
  }

  @Test
  void emptySeriesGiveEmptyResults() {
    Series empty = Series.empty("jobs", R);
    assertTrue(Derived.changePercent(empty).isEmpty());
    assertTrue(Derived.perInhabitant(empty, empty).isEmpty());
    assertEquals(OptionalDouble.empty(), Derived.growthPercent(empty, y(2020), y(2021)));
  }
}
