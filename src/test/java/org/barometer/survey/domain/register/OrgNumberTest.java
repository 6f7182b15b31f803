package org.barometer.survey.domain.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.barometer.shared.Country;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class OrgNumberTest {

  /*
   * Norwegian check digits, worked by hand with weights 3 2 7 6 5 4 3 2:
   *
   * 923609016 (Equinor ASA): 9*3+2*2+3*7+6*6+0*5+9*4+0*3+1*2 = 27+4+21+36+0+36+0+2 = 126;
   *   126 = 11*11 + 5, remainder 5, check 11-5 = 6. Last digit 6.
   * 974760673 (Brønnøysundregistrene): 27+14+28+42+30+0+18+14 = 173; 173 = 11*15 + 8,
   *   check 11-8 = 3. Last digit 3.
   * 971526920 (Statistisk sentralbyrå): 27+14+7+30+10+24+27+4 = 143 = 11*13, remainder 0,
   *   check 0. Last digit 0.
   */
  @ParameterizedTest
  @CsvSource({
    "923609016, 923609016",
    "974760673, 974760673",
    "971526920, 971526920",
    "'923 609 016', 923609016",
    "' 923609016 ', 923609016"
  })
  void acceptsNorwegianNumbers(String raw, String expected) {
    OrgNumber number = OrgNumber.parse(raw);

    assertEquals(Country.NO, number.country());
    assertEquals(expected, number.value());
  }

  /*
   * Swedish check digits, worked by hand with Luhn (double the 1st, 3rd, 5th, 7th and 9th digit,
   * subtract 9 from products above 9, check = (10 - sum mod 10) mod 10):
   *
   * 556016-0680 (Telefonaktiebolaget LM Ericsson): 5 5 6 0 1 6 0 6 8 ->
   *   10→1, 5, 12→3, 0, 2, 6, 0, 6, 16→7; sum 30, check 0. Last digit 0.
   * 556036-0793: 5 5 6 0 3 6 0 7 9 -> 1, 5, 3, 0, 6, 6, 0, 7, 18→9; sum 37, check 3.
   *   Last digit 3. (The brief attributed it to Volvo Personvagnar; public sources list it
   *   as Saab AB. The owner does not matter to the test, the check digit does.)
   * 202100-5489: 2 0 2 1 0 0 5 4 8 -> 4, 0, 4, 1, 0, 0, 10→1, 4, 16→7; sum 21, check 9.
   *   Last digit 9. (Attributed to Skatteverket in the brief; owner not verified here.)
   * 212000-0142 (Stockholms stad): 2 1 2 0 0 0 0 1 4 -> 4, 1, 4, 0, 0, 0, 0, 1, 8; sum 18,
   *   check 2. Last digit 2.
   */
  @ParameterizedTest
  @CsvSource({
    "556016-0680, 5560160680",
    "5560160680, 5560160680",
    "556036-0793, 5560360793",
    "202100-5489, 2021005489",
    "212000-0142, 2120000142",
    "16556016-0680, 5560160680",
    "165560160680, 5560160680"
  })
  void acceptsSwedishNumbers(String raw, String expected) {
    OrgNumber number = OrgNumber.parse(raw);

    assertEquals(Country.SE, number.country());
    assertEquals(expected, number.value());
  }

  @Test
  void differentSpellingsOfOneNumberAreEqual() {
    assertEquals(OrgNumber.parse("556016-0680"), OrgNumber.parse("165560160680"));
    assertEquals(
        OrgNumber.parse("923 609 016").hashCode(), OrgNumber.parse("923609016").hashCode());
  }

  @Test
  void norwegianWrongCheckDigitTellsTheExpectedDigit() {
    var e = assertThrows(IllegalArgumentException.class, () -> OrgNumber.parse("923609017"));

    assertEquals(
        "'923609017' is not a valid Norwegian organisation number: the modulus-11 check digit"
            + " should be 6",
        e.getMessage());
  }

  /* 40000000x: 4*3 = 12 = 11 + 1, remainder 1, so no check digit can make it valid. */
  @ParameterizedTest
  @ValueSource(strings = {"400000000", "400000001", "400000009"})
  void norwegianRemainderOneIsRefused(String raw) {
    var e = assertThrows(IllegalArgumentException.class, () -> OrgNumber.parse(raw));

    assertTrue(e.getMessage().contains("remainder 1"), e.getMessage());
    assertTrue(e.getMessage().contains("Norwegian"), e.getMessage());
  }

  @Test
  void swedishWrongCheckDigitTellsTheExpectedDigit() {
    var e = assertThrows(IllegalArgumentException.class, () -> OrgNumber.parse("556016-0681"));

    assertEquals(
        "'556016-0681' is not a valid Swedish organisation number: the Luhn check digit should be"
            + " 0",
        e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "92360901", // 8 digits
        "9236090160", // 10 digits, so read as Swedish: the Luhn check digit should be 4
        "55601-60680", // hyphen in the wrong place
        "17556016-0680", // 12 digits without the "16" prefix
        "556016--0680",
        "NO923609016",
        "923609016MVA",
        "abc"
      })
  void malformedNumbersAreRefused(String raw) {
    assertThrows(IllegalArgumentException.class, () -> OrgNumber.parse(raw));
  }

  @Test
  void malformedNumberMessageNamesTheExpectedShapes() {
    var e = assertThrows(IllegalArgumentException.class, () -> OrgNumber.parse("12-34"));

    assertTrue(e.getMessage().startsWith("'12-34' is not an organisation number"), e.getMessage());
    assertTrue(e.getMessage().contains("9 digits"), e.getMessage());
    assertTrue(e.getMessage().contains("10 digits"), e.getMessage());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   "})
  void missingNumberIsRefused(String raw) {
    var e = assertThrows(IllegalArgumentException.class, () -> OrgNumber.parse(raw));

    assertTrue(e.getMessage().contains("missing"), e.getMessage());
  }
}
