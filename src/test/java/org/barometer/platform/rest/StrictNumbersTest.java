package org.barometer.platform.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.stream.JsonParser;
import java.io.StringReader;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Whole numbers and dates read exactly from JSON, or refused. */
class StrictNumbersTest {

  /** The parser positioned on the value of {@code {"v": json}}. */
  private static JsonParser at(String json) {
    JsonParser parser = Json.createParser(new StringReader("{\"v\":" + json + "}"));
    parser.next();
    parser.next();
    parser.next();
    return parser;
  }

  @Test
  void numbersThatFitAreReadAsWritten() {
    assertEquals(
        2147483647, new StrictNumbers.Integers().deserialize(at("2147483647"), null, null));
    assertEquals(
        -2147483648, new StrictNumbers.Integers().deserialize(at("-2147483648"), null, null));
    assertEquals(12, new StrictNumbers.Integers().deserialize(at("\"12\""), null, null));
    assertEquals(3, new StrictNumbers.Integers().deserialize(at("3.0"), null, null));
    assertEquals(
        99999999999L, new StrictNumbers.Longs().deserialize(at("99999999999"), null, null));
    assertNull(new StrictNumbers.Integers().deserialize(at("null"), null, null));
  }

  @ParameterizedTest
  // 99999999999 narrowed to an int is 1,215,752,191 (99999999999 - 23 * 2^32): the old silence.
  @ValueSource(strings = {"99999999999", "2147483648", "-2147483649", "1.5", "1e400", "\"x\""})
  void anIntegerThatDoesNotFitIsRefused(String json) {
    assertThrows(
        StrictNumbers.NumberOutOfRange.class,
        () -> new StrictNumbers.Integers().deserialize(at(json), null, null));
  }

  @Test
  void aLongBeyondItsRangeIsRefused() {
    assertThrows(
        StrictNumbers.NumberOutOfRange.class,
        () -> new StrictNumbers.Longs().deserialize(at("9223372036854775808"), null, null));
  }

  @Test
  void datesAreReadWithinTheYearsBarometerKeeps() {
    assertEquals(
        LocalDate.of(2027, 3, 15),
        new StrictDates.Days().deserialize(at("\"2027-03-15\""), null, null));
    assertEquals(
        LocalDate.of(2200, 12, 31),
        new StrictDates.Days().deserialize(at("\"2200-12-31\""), null, null));
    assertNull(new StrictDates.Days().deserialize(at("null"), null, null));
    for (String bad :
        new String[] {"\"+999999-01-01\"", "\"1899-12-31\"", "\"2201-01-01\"", "\"x\"", "5"}) {
      assertThrows(
          StrictDates.DateOutOfRange.class,
          () -> new StrictDates.Days().deserialize(at(bad), null, null),
          bad);
    }
  }
}
