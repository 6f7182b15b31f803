package org.barometer.survey.domain.template;

/**
 * Bounds of a number question, each optional (null), both inclusive. Bounds catch typing errors
 * such as an extra zero in a head count before they distort a mean.
 */
public record NumberRange(Double min, Double max) {

  public static final NumberRange UNBOUNDED = new NumberRange(null, null);

  public NumberRange {
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is above max " + max);
    }
  }

  public boolean contains(double value) {
    return (min == null || value >= min) && (max == null || value <= max);
  }
}
