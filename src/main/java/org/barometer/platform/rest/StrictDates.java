package org.barometer.platform.rest;

import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Days read from JSON only within the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}. ISO dates
 * allow {@code +999999-01-01}, which Java stores and PostgreSQL refuses; no date Barometer keeps (a
 * cycle's dates, a follow-up's due day, a ranking's publication) is outside these years.
 */
public final class StrictDates {

  public static final int FIRST_YEAR = 1900;
  public static final int LAST_YEAR = 2200;

  private StrictDates() {}

  /** A date outside the years Barometer accepts, or not a date. */
  public static class DateOutOfRange extends JsonbException {

    private static final long serialVersionUID = 1L;

    DateOutOfRange(String message) {
      super(message);
    }
  }

  /** Whether a year is one Barometer accepts in a date. */
  public static boolean acceptedYear(int year) {
    return year >= FIRST_YEAR && year <= LAST_YEAR;
  }

  /** Reads {@code LocalDate} as ISO {@code 2027-03-15}. */
  public static class Days implements JsonbDeserializer<LocalDate> {
    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context, Type type) {
      // getValue, not currentEvent: JSON-B's parser inside a deserializer has only the former.
      JsonValue value = parser.getValue();
      if (value.getValueType() == JsonValue.ValueType.NULL) {
        return null;
      }
      if (!(value instanceof JsonString text)) {
        throw new DateOutOfRange("a date such as 2027-03-15 is expected here");
      }
      String written = text.getString().strip();
      LocalDate day;
      try {
        day = LocalDate.parse(written);
      } catch (DateTimeParseException e) {
        throw new DateOutOfRange(shorten(written) + " is not a date such as 2027-03-15");
      }
      if (!acceptedYear(day.getYear())) {
        throw new DateOutOfRange(
            written + " is not a date from " + FIRST_YEAR + " to " + LAST_YEAR);
      }
      return day;
    }
  }

  private static String shorten(String text) {
    return text.length() > 40 ? text.substring(0, 40) + "..." : text;
  }
}
