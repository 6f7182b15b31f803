package org.barometer.statistics.domain;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * One published cell of a series: a number, or the office's status symbol saying why there is none
 * ({@code ..} missing, {@code .} not applicable, {@code :} confidential, {@code -} nil).
 *
 * <p>A missing cell is kept as a symbol and never turned into zero, because "confidential" or "not
 * applicable" is an answer too, and every computation on series ({@link GroupFigure}, {@link
 * Derived}) must be able to say "no figure" rather than silently averaging a zero. A value may
 * carry a symbol as well (SSB marks provisional figures), but {@link #hasValue()} only asks for the
 * number.
 */
public final class Observation {

  /** SSB's and SCB's symbol for a figure that is missing or not yet available. */
  public static final String MISSING = "..";

  /** The symbol for a figure that cannot exist, used for a division by zero. */
  public static final String NOT_APPLICABLE = ".";

  private final Double value;
  private final String status;

  private Observation(Double value, String status) {
    this.value = value;
    this.status = status;
  }

  /**
   * @throws IllegalArgumentException when the value is NaN or infinite: a cell without a figure is
   *     written with {@link #missing(String)}
   */
  public static Observation of(double value) {
    return of(value, null);
  }

  /**
   * A value with a status symbol beside it (a provisional or noted figure); the status may be null.
   */
  public static Observation of(double value, String status) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("An observation's value must be finite, was " + value);
    }
    return new Observation(value + 0.0, blankToNull(status));
  }

  /**
   * A cell without a value.
   *
   * @param status the office's symbol; null or blank means {@link #MISSING}
   */
  public static Observation missing(String status) {
    String s = blankToNull(status);
    return new Observation(null, s == null ? MISSING : s);
  }

  private static String blankToNull(String status) {
    return status == null || status.isBlank() ? null : status.strip();
  }

  public boolean hasValue() {
    return value != null;
  }

  public OptionalDouble value() {
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** The status symbol; always present when there is no value. */
  public Optional<String> status() {
    return Optional.ofNullable(status);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Observation other
        && Objects.equals(value, other.value)
        && Objects.equals(status, other.status);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, status);
  }

  @Override
  public String toString() {
    if (value == null) {
      return status;
    }
    return status == null ? value.toString() : value + " " + status;
  }
}
