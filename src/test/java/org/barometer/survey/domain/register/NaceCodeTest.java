package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class NaceCodeTest {

  @ParameterizedTest
  @CsvSource({
    "47.111, 47.111, 47",
    "47.11, 47.11, 47",
    "47.1, 47.1, 47",
    "47, 47, 47",
    "01.110, 01.110, 1",
    "' 62.010 ', 62.010, 62",
    "'47,111', 47.111, 47",
    "47111, 47.111, 47"
  })
  void parsesAndNormalisesTheCode(String raw, String code, int division) {
    NaceCode nace = NaceCode.parse(raw);

    assertEquals(code, nace.code());
    assertEquals(division, nace.division());
  }

  /* Both edges of every section of NACE Rev. 2. */
  @ParameterizedTest
  @CsvSource({
    "01, A", "03, A", "05, B", "09, B", "10, C", "33, C", "35, D", "36, E", "39, E", "41, F",
    "43, F", "45, G", "47, G", "49, H", "53, H", "55, I", "56, I", "58, J", "63, J", "64, K",
    "66, K", "68, L", "69, M", "75, M", "77, N", "82, N", "84, O", "85, P", "86, Q", "88, Q",
    "90, R", "93, R", "94, S", "96, S", "97, T", "98, T", "99, U"
  })
  void mapsDivisionsToSections(String division, char section) {
    assertEquals(section, NaceCode.parse(division + ".1").section());
  }

  @ParameterizedTest
  @ValueSource(strings = {"00", "04", "34", "40", "44", "48", "54", "57", "67", "76", "83", "89"})
  void refusesDivisionsThatDoNotExist(String raw) {
    var e = assertThrows(IllegalArgumentException.class, () -> NaceCode.parse(raw));

    assertTrue(e.getMessage().contains("division " + raw.substring(0, 2)), e.getMessage());
    assertTrue(e.getMessage().contains("does not exist"), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"4", "1.11", "1110", "47.1111", "47.", "47..1", "A47.11", "47-11", "x"})
  void refusesMalformedCodes(String raw) {
    var e = assertThrows(IllegalArgumentException.class, () -> NaceCode.parse(raw));

    assertTrue(e.getMessage().contains("is not a NACE code"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  void refusesMissingCode(String raw) {
    assertThrows(IllegalArgumentException.class, () -> NaceCode.parse(raw));
  }

  @Test
  void equalCodesAreEqual() {
    assertEquals(NaceCode.parse("47111"), NaceCode.parse("47.111"));
  }
}
