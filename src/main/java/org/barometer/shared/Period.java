package org.barometer.shared;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of official statistics: a year, a half-year, a quarter, a month or an ISO week, as a
 * value.
 *
 * <p>Offices write the same period in several ways (SSB {@code 2021K1} and {@code 2014U30}, SCB
 * {@code 2021M01}, PX TIMEVAL {@code 200508}); goals and scorecards need one typed value to compare
 * periods, find the previous one and compute growth per year over a span. {@link #code()} is the
 * one canonical spelling: {@code 2021}, {@code 2021H1}, {@code 2021Q1}, {@code 2021M01}, {@code
 * 2021W30}. Half-years (January–June is H1) are what Statistics Greenland's consumer prices and
 * several Nordic wage and price tables are published in, as {@code TIMEVAL(...)=TLIST(H1)}.
 *
 * <p>Weeks are ISO 8601 weeks: week 1 is the week with the year's first Thursday, weeks start on
 * Monday, and the week's {@link #year()} is the ISO week-based year ({@code 2020W53} ends on 3
 * January 2021). A year has 52 or 53 ISO weeks.
 *
 * <p>Order ({@link #compareTo}): by start date, then by kind (year before half-year before quarter
 * before month before week), so {@code 2021 < 2021H1 < 2021Q1 < 2021M01 < 2021M02 < 2021H2}. Within
 * one kind that is plain time order. It is consistent with {@link #equals}.
 */
public final class Period implements Comparable<Period> {

  /** The length of a period. The declaration order breaks ties between kinds in the ordering. */
  public enum Kind {
    YEAR(1),
    HALF_YEAR(2),
    QUARTER(4),
    MONTH(12),
    WEEK(0);

    private final int perYear;

    Kind(int perYear) {
      this.perYear = perYear;
    }

    /**
     * The kind of a PX TIMEVAL time unit: {@code TLIST(A1)}'s "A1", "H1", "Q1", "M1", "W1", also
     * SSB's "K" for quarters and "U" for weeks; the trailing number is ignored.
     *
     * @throws IllegalArgumentException for anything else
     */
    public static Kind ofTimeUnit(String unit) {
      Objects.requireNonNull(unit, "unit");
      String u = unit.strip().toUpperCase(Locale.ROOT).replaceAll("[0-9]+$", "");
      return switch (u) {
        case "A", "Å" -> YEAR;
        case "H" -> HALF_YEAR;
        case "Q", "K" -> QUARTER;
        case "M" -> MONTH;
        case "W", "U" -> WEEK;
        default -> throw new IllegalArgumentException("Unknown TIMEVAL time unit '" + unit + "'");
      };
    }
  }

  /** Years with four digits: what every office writes, and what {@link #code()} can spell. */
  public static final int MIN_YEAR = 1000;

  public static final int MAX_YEAR = 9999;

  /**
   * The mean number of ISO weeks per year over the 400-year Gregorian cycle (20871 / 400), used to
   * turn a difference in weeks into years.
   */
  static final double WEEKS_PER_YEAR = 20871 / 400.0;

  private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})");
  private static final Pattern WITH_LETTER = Pattern.compile("(\\d{4})([HKQMUW])(\\d{1,2})");

  private final Kind kind;
  private final int year;
  private final int number;

  private Period(Kind kind, int year, int number) {
    this.kind = kind;
    this.year = year;
    this.number = number;
  }

  /**
   * A period from its parts.
   *
   * @param kind the length
   * @param year the year; for a week its ISO week-based year
   * @param number 1 for a year; the half-year (1–2), quarter (1–4), month (1–12) or ISO week (1–52
   *     or 53)
   * @throws IllegalArgumentException naming the value when the year is not 1000–9999 or the number
   *     does not exist in that year
   */
  public static Period of(Kind kind, int year, int number) {
    Objects.requireNonNull(kind, "kind");
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(
          "Year " + year + " is outside " + MIN_YEAR + "–" + MAX_YEAR);
    }
    int max =
        switch (kind) {
          case YEAR -> 1;
          case HALF_YEAR -> 2;
          case QUARTER -> 4;
          case MONTH -> 12;
          case WEEK -> weeksIn(year);
        };
    if (number < 1 || number > max) {
      String what =
          switch (kind) {
            case YEAR -> "A year has no number " + number;
            case HALF_YEAR -> "Half-year " + number + " does not exist (1–2)";
            case QUARTER -> "Quarter " + number + " does not exist (1–4)";
            case MONTH -> "Month " + number + " does not exist (1–12)";
            case WEEK -> "ISO week " + number + " does not exist in " + year + " (1–" + max + ")";
          };
      throw new IllegalArgumentException(what);
    }
    return new Period(kind, year, number);
  }

  public static Period year(int year) {
    return of(Kind.YEAR, year, 1);
  }

  public static Period halfYear(int year, int half) {
    return of(Kind.HALF_YEAR, year, half);
  }

  public static Period quarter(int year, int quarter) {
    return of(Kind.QUARTER, year, quarter);
  }

  public static Period month(int year, int month) {
    return of(Kind.MONTH, year, month);
  }

  public static Period week(int year, int week) {
    return of(Kind.WEEK, year, week);
  }

  /** The number of ISO weeks (52 or 53) in an ISO week-based year. */
  public static int weeksIn(int year) {
    // 28 December is always in the last ISO week of its year.
    return LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
  }

  /**
   * A label that may or may not be a period (a survey cycle's "2025", a rank's year), read as
   * {@link #parse} does; empty when it is not one.
   */
  public static Optional<Period> tryParse(String label) {
    try {
      return label == null ? Optional.empty() : Optional.of(parse(label));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Reads a period as offices write it: {@code 2021}; half-years {@code 2021H1}; quarters {@code
   * 2021K1} (SSB) and {@code 2021Q1}; months {@code 2021M01} and {@code 2021M1}; ISO weeks {@code
   * 2014U30} (SSB) and {@code 2014W30}. Letters may be lower case; surrounding spaces are ignored.
   *
   * @throws IllegalArgumentException naming the value when it is none of these, or names a quarter,
   *     month or week that does not exist
   */
  public static Period parse(String code) {
    Objects.requireNonNull(code, "code");
    String text = code.strip().toUpperCase(Locale.ROOT);
    Matcher m = YEAR_ONLY.matcher(text);
    if (m.matches()) {
      return checked(code, Kind.YEAR, text, "1");
    }
    m = WITH_LETTER.matcher(text);
    if (m.matches()) {
      Kind kind =
          switch (m.group(2)) {
            case "H" -> Kind.HALF_YEAR;
            case "K", "Q" -> Kind.QUARTER;
            case "M" -> Kind.MONTH;
            default -> Kind.WEEK;
          };
      return checked(code, kind, m.group(1), m.group(3));
    }
    throw new IllegalArgumentException(
        "'"
            + (code.length() > 40 ? code.substring(0, 40) + "…" : code)
            + "' is not a period: expected a year (2021), half-year (2021H1), quarter (2021K1,"
            + " 2021Q1), month (2021M01) or ISO week (2014U30, 2014W30)");
  }

  /**
   * Reads a PX TIMEVAL value, whose compact form depends on the time unit: {@code TLIST(A1)} {@code
   * 2005}, {@code TLIST(H1)} {@code 20051}, {@code TLIST(Q1)} {@code 20051}, {@code TLIST(M1)}
   * {@code 200508}, {@code TLIST(W1)} {@code 200530}. Some offices (SSB's {@code TLIST(K)}) write
   * the full code ({@code 2015K1}) instead, so a value {@link #parse} reads is accepted when its
   * kind is the expected one.
   *
   * @param value the TIMEVAL value, without quotes
   * @param kind the kind the TLIST's time unit gives (see {@link Kind#ofTimeUnit})
   * @throws IllegalArgumentException naming the value when it does not fit the kind
   */
  public static Period parseTimeval(String value, Kind kind) {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(kind, "kind");
    String text = value.strip();
    int digits =
        switch (kind) {
          case YEAR -> 4;
          case HALF_YEAR, QUARTER -> 5;
          case MONTH, WEEK -> 6;
        };
    if (text.length() == digits && text.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return checked(
          value, kind, text.substring(0, 4), text.substring(4).isEmpty() ? "1" : text.substring(4));
    }
    Period full;
    try {
      full = parse(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "'" + value + "' is not a TIMEVAL value of kind " + kind + ": " + e.getMessage(), e);
    }
    if (full.kind != kind) {
      throw new IllegalArgumentException(
          "'" + value + "' is a " + full.kind + ", but the TIMEVAL unit says " + kind);
    }
    return full;
  }

  private static Period checked(String written, Kind kind, String year, String number) {
    try {
      return of(kind, Integer.parseInt(year), Integer.parseInt(number));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("'" + written + "' is not a period: " + e.getMessage(), e);
    }
  }

  public Kind kind() {
    return kind;
  }

  /** The year; for a week, its ISO week-based year. */
  public int year() {
    return year;
  }

  /** 1 for a year; the half-year, quarter, month or ISO week number. */
  public int number() {
    return number;
  }

  /**
   * The canonical code: {@code 2021}, {@code 2021H1}, {@code 2021Q1}, {@code 2021M01}, {@code
   * 2021W30}.
   */
  public String code() {
    return switch (kind) {
      case YEAR -> Integer.toString(year);
      case HALF_YEAR -> year + "H" + number;
      case QUARTER -> year + "Q" + number;
      case MONTH -> String.format(Locale.ROOT, "%dM%02d", year, number);
      case WEEK -> String.format(Locale.ROOT, "%dW%02d", year, number);
    };
  }

  /** The first day of the period; for a week, its Monday. */
  public LocalDate startDate() {
    return switch (kind) {
      case YEAR -> LocalDate.of(year, 1, 1);
      case HALF_YEAR -> LocalDate.of(year, 6 * number - 5, 1);
      case QUARTER -> LocalDate.of(year, 3 * number - 2, 1);
      case MONTH -> LocalDate.of(year, number, 1);
      case WEEK ->
          LocalDate.of(year, 1, 4)
              .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, number)
              .with(DayOfWeek.MONDAY);
    };
  }

  /** The last day of the period, inclusive; for a week, its Sunday. */
  public LocalDate endDate() {
    return switch (kind) {
      case YEAR -> LocalDate.of(year, 12, 31);
      case HALF_YEAR -> startDate().plusMonths(6).minusDays(1);
      case QUARTER -> startDate().plusMonths(3).minusDays(1);
      case MONTH -> startDate().plusMonths(1).minusDays(1);
      case WEEK -> startDate().plusDays(6);
    };
  }

  /** The period of the same kind that follows this one. */
  public Period next() {
    int last = kind == Kind.WEEK ? weeksIn(year) : kind.perYear;
    return number < last ? new Period(kind, year, number + 1) : of(kind, year + 1, 1);
  }

  /** The period of the same kind before this one. */
  public Period previous() {
    if (number > 1) {
      return new Period(kind, year, number - 1);
    }
    if (year - 1 < MIN_YEAR) {
      throw new IllegalArgumentException("No period before " + code());
    }
    int last = kind == Kind.WEEK ? weeksIn(year - 1) : kind.perYear;
    return of(kind, year - 1, last);
  }

  /**
   * The time from this period to another of the same kind, in years, for average annual growth over
   * a span: {@code (to / from)^(1 / yearsBetween) − 1}. Negative when the other period is earlier.
   *
   * <p>2017 to 2022 is 5 years, 2021Q1 to 2022Q1 is 1.0, 2021M01 to 2021M07 is 0.5. For weeks, the
   * same week number one year later is exactly 1.0 (whether the year had 52 or 53 weeks), and the
   * weeks in between count as 1/52.1775 year each (the mean number of ISO weeks per year).
   *
   * @throws IllegalArgumentException when the kinds differ: growth from a yearly figure to a
   *     quarterly one compares different measures
   */
  public double yearsBetween(Period other) {
    Objects.requireNonNull(other, "other");
    if (other.kind != kind) {
      throw new IllegalArgumentException(
          "Cannot count years from "
              + code()
              + " ("
              + kind
              + ") to "
              + other.code()
              + " ("
              + other.kind
              + ")");
    }
    double perYear = kind == Kind.WEEK ? WEEKS_PER_YEAR : kind.perYear;
    return (other.year - year) + (other.number - number) / perYear;
  }

  @Override
  public int compareTo(Period other) {
    int byStart = startDate().compareTo(other.startDate());
    return byStart != 0 ? byStart : kind.compareTo(other.kind);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period p && p.kind == kind && p.year == year && p.number == number;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, number);
  }

  /** The canonical {@link #code()}. */
  @Override
  public String toString() {
    return code();
  }
}
