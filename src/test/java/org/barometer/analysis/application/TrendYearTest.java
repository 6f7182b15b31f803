package org.barometer.analysis.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Where a cycle sits on a trend's time axis, for the weighted slope. */
class TrendYearTest {

  @Test
  void theYearALabelStartsWithElseTheOpeningDate() {
    LocalDate opened = LocalDate.of(2023, 9, 1);
    assertEquals(2024.0, ResultsService.year("2024", opened).getAsDouble());
    assertEquals(2025.0, ResultsService.year(" 2025K1", null).getAsDouble());
    assertEquals(2021.0, ResultsService.year("2021 autumn", null).getAsDouble());
    assertEquals(2023.0, ResultsService.year("Autumn round", opened).getAsDouble());
    assertEquals(2023.0, ResultsService.year("202401", opened).getAsDouble(), "not a year");
    assertTrue(ResultsService.year("Autumn round", null).isEmpty());
  }
}
