package org.barometer.statistics.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.barometer.shared.Period;
import org.barometer.shared.Period.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Expected codes, dates and spans are worked out by hand from a calendar, not by the code. */
class PeriodTest {

  @ParameterizedTest
  @CsvSource({
    "2021,     YEAR,    2021, 1,  2021",
    "2021K1,   QUARTER, 2021, 1,  2021Q1",
    "2021Q1,   QUARTER, 2021, 1,  2021Q1",
    "2021k4,   QUARTER, 2021, 4,  2021Q4",
    "2021M01,  MONTH,   2021, 1,  2021M01",
    "2021M1,   MONTH,   2021, 1,  2021M01",
    "1978M10,  MONTH,   1978, 10, 1978M10",
    "2014U30,  WEEK,    2014, 30, 2014W30",
    "2014W30,  WEEK,    2014, 30, 2014W30",
    "2014W3,   WEEK,    2014, 3,  2014W03",
    "' 2022 ', YEAR,    2022, 1,  2022",
  })
  void parsesTheCodesOfficesPublish(String written, Kind kind, int year, int number, String code) {
    Period p = Period.parse(written);
    assertEquals(kind, p.kind());
    assertEquals(year, p.year());
    assertEquals(number, p.number());
    assertEquals(code, p.code());
    assertEquals(code, p.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2021K5",
        "2021Q0",
        "2021M13",
        "2021M00",
        "2021U54",
        "2021W53",
        "2021W00",
        "garbage",
        "21",
        "2021Q",
        "2021X1",
        "",
        "2021-01",
        "0999",
        "2021M123",
        "2021 Q1"
      })
  void refusesInvalidCodesNamingTheValue(String written) {
    var e = assertThrows(IllegalArgumentException.class, () -> Period.parse(written));
    assertTrue(e.getMessage().contains("'" + written + "'"), e.getMessage());
  }

  @Test
  void week53ExistsIn2020ButNotIn2021() {
    Period w53 = Period.parse("2020W53");
    assertEquals(LocalDate.of(2020, 12, 28), w53.startDate());
    assertEquals(LocalDate.of(2021, 1, 3), w53.endDate());
    assertEquals(2020, w53.year());
    assertEquals(53, Period.weeksIn(2020));
    assertEquals(52, Period.weeksIn(2021));
    var e = assertThrows(IllegalArgumentException.class, () -> Period.parse("2021U53"));
    assertTrue(e.getMessage().contains("'2021U53'"), e.getMessage());
    assertTrue(e.getMessage().contains("week 53"), e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> Period.week(2021, 53));
  }

  @Test
  void namesTheQuarterOrMonthThatDoesNotExist() {
    var quarter = assertThrows(IllegalArgumentException.class, () -> Period.parse("2021K5"));
    assertTrue(quarter.getMessage().contains("Quarter 5"), quarter.getMessage());
    var month = assertThrows(IllegalArgumentException.class, () -> Period.month(2021, 13));
    assertTrue(month.getMessage().contains("Month 13"), month.getMessage());
  }

  @Test
  void startAndEndDates() {
    assertEquals(LocalDate.of(2021, 1, 1), Period.year(2021).startDate());
    assertEquals(LocalDate.of(2021, 12, 31), Period.year(2021).endDate());
    assertEquals(LocalDate.of(2021, 1, 1), Period.quarter(2021, 1).startDate());
    assertEquals(LocalDate.of(2021, 3, 31), Period.quarter(2021, 1).endDate());
    assertEquals(LocalDate.of(2020, 10, 1), Period.quarter(2020, 4).startDate());
    assertEquals(LocalDate.of(2020, 12, 31), Period.quarter(2020, 4).endDate());
    assertEquals(LocalDate.of(2024, 2, 29), Period.month(2024, 2).endDate());
    assertEquals(LocalDate.of(2023, 2, 28), Period.month(2023, 2).endDate());
    // 1 January 2014 was a Wednesday, so week 1 began on Monday 30 December 2013.
    assertEquals(LocalDate.of(2013, 12, 30), Period.week(2014, 1).startDate());
    assertEquals(LocalDate.of(2014, 7, 21), Period.parse("2014U30").startDate());
    assertEquals(LocalDate.of(2014, 7, 27), Period.parse("2014U30").endDate());
    // 1 January 2021 was a Friday, so week 1 began on Monday 4 January.
    assertEquals(LocalDate.of(2021, 1, 4), Period.week(2021, 1).startDate());
  }

  @Test
  void nextAndPrevious() {
    assertEquals(Period.year(2022), Period.year(2021).next());
    assertEquals(Period.year(2020), Period.year(2021).previous());
    assertEquals(Period.parse("2022Q1"), Period.parse("2021Q4").next());
    assertEquals(Period.parse("2021Q4"), Period.parse("2022K1").previous());
    assertEquals(Period.parse("2021Q3"), Period.parse("2021Q2").next());
    assertEquals(Period.parse("2022M01"), Period.parse("2021M12").next());
    assertEquals(Period.parse("2021M12"), Period.parse("2022M01").previous());
    assertEquals(Period.parse("2020W53"), Period.parse("2020W52").next());
    assertEquals(Period.parse("2021W01"), Period.parse("2020W53").next());
    assertEquals(Period.parse("2020W53"), Period.parse("2021W01").previous());
    assertEquals(Period.parse("2022W01"), Period.parse("2021W52").next());
    assertEquals(Period.parse("2021W52"), Period.parse("2022W01").previous());
    assertThrows(IllegalArgumentException.class, () -> Period.year(9999).next());
  }

  @Test
  void ordersWithinAKindByTimeAndAcrossKindsByStartThenKind() {
    List<Period> periods =
        new ArrayList<>(
            List.of(
                Period.parse("2021M02"),
                Period.parse("2021"),
                Period.parse("2021W01"),
                Period.parse("2021K1"),
                Period.parse("2020U53"),
                Period.parse("2021M01"),
                Period.parse("2020")));
    periods.sort(null);
    assertEquals(
        List.of("2020", "2020W53", "2021", "2021Q1", "2021M01", "2021W01", "2021M02"),
        periods.stream().map(Period::code).toList());
    assertTrue(Period.parse("2015").compareTo(Period.parse("2019")) < 0);
    assertTrue(Period.parse("2021M10").compareTo(Period.parse("2021M09")) > 0);
    assertEquals(0, Period.parse("2021K1").compareTo(Period.parse("2021Q1")));
  }

  @Test
  void equalityIsByKindYearAndNumber() {
    assertEquals(Period.parse("2021K1"), Period.parse("2021Q1"));
    assertEquals(Period.parse("2021K1").hashCode(), Period.parse("2021Q1").hashCode());
    assertEquals(Period.parse("2014U30"), Period.parse("2014W30"));
    assertNotEquals(Period.parse("2021"), Period.parse("2021Q1"));
    assertNotEquals(Period.parse("2021M01"), Period.parse("2021Q1"));
  }

  @Test
  void yearsBetweenForAverageAnnualGrowth() {
    assertEquals(5.0, Period.year(2017).yearsBetween(Period.year(2022)), 1e-12);
    assertEquals(-5.0, Period.year(2022).yearsBetween(Period.year(2017)), 1e-12);
    assertEquals(1.0, Period.parse("2021Q1").yearsBetween(Period.parse("2022Q1")), 1e-12);
    assertEquals(0.5, Period.parse("2021K1").yearsBetween(Period.parse("2021K3")), 1e-12);
    assertEquals(1.75, Period.parse("2021Q4").yearsBetween(Period.parse("2023Q3")), 1e-12);
    assertEquals(0.5, Period.parse("2021M01").yearsBetween(Period.parse("2021M07")), 1e-12);
    assertEquals(0.0, Period.parse("2021M05").yearsBetween(Period.parse("2021M05")), 1e-12);
    // Same week number a year later is one year, even across 2020's 53 weeks.
    assertEquals(1.0, Period.parse("2020W10").yearsBetween(Period.parse("2021W10")), 1e-12);
    // Sarpsborg: 2017-2022 gave 1.0 % a year; 100 jobs growing 1 % a year for 5 years.
    double years = Period.year(2017).yearsBetween(Period.year(2022));
    assertEquals(0.01, Math.pow(105.10100501 / 100, 1 / years) - 1, 1e-9);
  }

  @Test
  void yearsBetweenRefusesDifferentKinds() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Period.year(2021).yearsBetween(Period.parse("2022Q1")));
    assertTrue(e.getMessage().contains("2022Q1"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource({
    "2005,   YEAR,    2005",
    "20051,  QUARTER, 2005Q1",
    "20054,  QUARTER, 2005Q4",
    "200508, MONTH,   2005M08",
    "200612, MONTH,   2006M12",
    "200530, WEEK,    2005W30",
    "2015K1, QUARTER, 2015Q1",
    "2005M08, MONTH,  2005M08",
  })
  void parsesPxTimevalValuesGivenTheKind(String value, Kind kind, String code) {
    assertEquals(code, Period.parseTimeval(value, kind).code());
  }

  @ParameterizedTest
  @CsvSource({
    "20055,   QUARTER",
    "200513,  MONTH",
    "200554,  WEEK",
    "2005,    MONTH",
    "200508,  YEAR",
    "2005M08, QUARTER",
    "x,       YEAR",
  })
  void refusesTimevalValuesThatDoNotFitTheKind(String value, Kind kind) {
    var e = assertThrows(IllegalArgumentException.class, () -> Period.parseTimeval(value, kind));
    assertTrue(e.getMessage().contains("'" + value + "'"), e.getMessage());
  }

  @Test
  void timevalUnits() {
    assertEquals(Kind.YEAR, Kind.ofTimeUnit("A1"));
    assertEquals(Kind.QUARTER, Kind.ofTimeUnit("Q1"));
    assertEquals(Kind.QUARTER, Kind.ofTimeUnit("K"));
    assertEquals(Kind.MONTH, Kind.ofTimeUnit("M1"));
    assertEquals(Kind.WEEK, Kind.ofTimeUnit("W1"));
    assertEquals(Kind.WEEK, Kind.ofTimeUnit("U"));
    assertEquals(Kind.HALF_YEAR, Kind.ofTimeUnit("H1"));
    assertThrows(IllegalArgumentException.class, () -> Kind.ofTimeUnit("X1"));
  }

  @Test
  void halfYearsParseOrderAndSpellAsH1AndH2() {
    Period h1 = Period.parse("1995H1");
    Period h2 = Period.parse("1995h2");

    assertEquals(Period.halfYear(1995, 1), h1);
    assertEquals("1995H2", h2.code());
    assertEquals(java.time.LocalDate.of(1995, 7, 1), h2.startDate());
    assertEquals(java.time.LocalDate.of(1995, 6, 30), h1.endDate());
    assertEquals(Period.halfYear(1996, 1), h2.next());
    assertEquals(h2, Period.halfYear(1996, 1).previous());
    // by start date, then the longer kind first: the year, H1, Q1, January; H2 after June
    List<Period> sorted =
        new java.util.ArrayList<>(
            List.of(
                h2,
                Period.month(1995, 6),
                Period.quarter(1995, 1),
                h1,
                Period.year(1995),
                Period.month(1995, 1)));
    java.util.Collections.sort(sorted);
    assertEquals("[1995, 1995H1, 1995Q1, 1995M01, 1995M06, 1995H2]", sorted.toString());
    assertEquals(1.5, h1.yearsBetween(Period.halfYear(1996, 2)));
    assertEquals(h2, Period.parseTimeval("19952", Kind.HALF_YEAR));
    assertThrows(IllegalArgumentException.class, () -> Period.parse("1995H3"));
  }
}
