package org.barometer.platform.rest;

import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.bind.serializer.DeserializationContext;
import jakarta.json.bind.serializer.JsonbDeserializer;
import jakarta.json.stream.JsonParser;
import java.lang.reflect.Type;
import java.math.BigDecimal;

/**
 * Whole numbers read from JSON exactly, or refused. JSON-B's own reading narrows in silence: a
 * capacity of {@code 99999999999} became 1,215,752,191 and {@code 1.5} became 1. These read the
 * number as written and refuse one that is not whole or does not fit, with a {@link
 * NumberOutOfRange} that JSON-B wraps with the property's name, so the answer names the field.
 *
 * <p>They apply to {@code Integer} and {@code Long} (also inside lists); transfer records therefore
 * use those rather than {@code int} and {@code long}, which JSON-B reads past any deserializer.
 */
public final class StrictNumbers {

  private StrictNumbers() {}

  /** A number in a request that is not whole or not within the range of its Java type. */
  public static class NumberOutOfRange extends JsonbException {

    private static final long serialVersionUID = 1L;

    NumberOutOfRange(String written, long min, long max) {
      super(written + " is not a whole number from " + min + " to " + max);
    }
  }

  /** Reads {@code Integer}. */
  public static class Integers implements JsonbDeserializer<Integer> {
    @Override
    public Integer deserialize(JsonParser parser, DeserializationContext context, Type type) {
      Long value = read(parser, Integer.MIN_VALUE, Integer.MAX_VALUE);
      return value == null ? null : value.intValue();
    }
  }

  /** Reads {@code Long}. */
  public static class Longs implements JsonbDeserializer<Long> {
    @Override
    public Long deserialize(JsonParser parser, DeserializationContext context, Type type) {
      return read(parser, Long.MIN_VALUE, Long.MAX_VALUE);
    }
  }

  /**
   * The number at the parser (a JSON number, or a string holding one as JSON-B accepts), or null.
   */
  static Long read(JsonParser parser, long min, long max) {
    // getValue, not currentEvent: JSON-B's parser inside a deserializer has only the former.
    JsonValue value = parser.getValue();
    String written;
    if (value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    } else if (value instanceof JsonNumber number) {
      written = number.bigDecimalValue().toString();
    } else if (value instanceof JsonString text) {
      written = text.getString().strip();
    } else {
      throw new JsonbException("a number is expected here, not " + value.getValueType());
    }
    if (written.length() > 40) {
      throw new NumberOutOfRange(written.substring(0, 40) + "...", min, max);
    }
    try {
      long exact = new BigDecimal(written).longValueExact();
      if (exact < min || exact > max) {
        throw new NumberOutOfRange(written, min, max);
      }
      return exact;
    } catch (ArithmeticException | NumberFormatException e) {
      throw new NumberOutOfRange(written, min, max);
    }
  }
}
