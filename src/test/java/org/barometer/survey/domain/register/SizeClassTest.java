package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SizeClassTest {

  @ParameterizedTest
  @CsvSource({
    "0, S0_4, 0-4",
    "4, S0_4, 0-4",
    "5, S5_19, 5-19",
    "19, S5_19, 5-19",
    "20, S20_99, 20-99",
    "99, S20_99, 20-99",
    "100, S100_PLUS, 100+",
    "2147483647, S100_PLUS, 100+"
  })
  void bandsAtTheBoundaries(int employees, SizeClass expected, String code) {
    assertEquals(expected, SizeClass.of(employees));
    assertEquals(code, SizeClass.of(employees).code());
  }

  @Test
  void negativeEmployeesAreRefused() {
    assertThrows(IllegalArgumentException.class, () -> SizeClass.of(-1));
  }
}
