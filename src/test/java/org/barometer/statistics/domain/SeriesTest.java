package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.shared.Country;
import org.barometer.shared.Period;
import org.barometer.shared.RegionCode;
import org.barometer.shared.RegionCodes;
import org.junit.jupiter.api.Test;

class SeriesTest {

  static final RegionCode SANDEFJORD = RegionCodes.normalise("3907", Country.NO);

  static Period y(int year) {
    return Period.year(year);
  }

  @Test
  void keepsPeriodsInTimeOrderAndReadsValuesAndSymbols() {
    Series s =
        Series.of(
            "jobs",
            SANDEFJORD,
            Map.of(
                y(2022), Observation.of(30_000),
                y(2020), Observation.of(29_000),
                y(2021), Observation.missing(":")));
    assertEquals(List.of(y(2020), y(2021), y(2022)), s.periods());
    assertEquals(OptionalDouble.of(29_000), s.value(y(2020)));
    assertEquals(OptionalDouble.empty(), s.value(y(2021)), "a symbol is no value");
    assertEquals(Optional.of(":"), s.observation(y(2021)).orElseThrow().status());
    assertEquals(OptionalDouble.empty(), s.value(y(2019)), "an absent period is no value");
    assertEquals(Optional.of(Period.Kind.YEAR), s.kind());
  }

  @Test
  void refusesPeriodsOfTwoKinds() {
    Map<Period, Observation> mixed =
        Map.of(y(2021), Observation.of(1), Period.quarter(2021, 1), Observation.of(2));
    var e = assertThrows(IllegalArgumentException.class, () -> Series.of("x", SANDEFJORD, mixed));
    assertTrue(e.getMessage().contains("mixes"), e.getMessage());
  }

  @Test
  void emptySeriesHasNoKindAndNoValues() {
    Series s = Series.empty("jobs", SANDEFJORD);
    assertTrue(s.isEmpty());
    assertEquals(Optional.empty(), s.kind());
    assertEquals(List.of(), s.periods());
    assertEquals(OptionalDouble.empty(), s.value(y(2020)));
  }

  @Test
  void isImmutable() {
    Series s = Series.ofValues("jobs", SANDEFJORD, Map.of(y(2020), 1.0));
    assertThrows(
        UnsupportedOperationException.class,
        () -> s.observations().put(y(2021), Observation.of(2)));
  }

  @Test
  void observationRefusesNonFiniteValuesAndDefaultsTheMissingSymbol() {
    assertThrows(IllegalArgumentException.class, () -> Observation.of(Double.NaN));
    Observation missing = Observation.missing(null);
    assertFalse(missing.hasValue());
    assertEquals(Optional.of(".."), missing.status());
  }
}
