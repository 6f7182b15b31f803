package org.barometer.goals.domain;

/**
 * Which way is better for an indicator. Most figures are better higher (jobs, tax income, an
 * index); emissions and ranks (1 is best) are better lower. Every rule compares through {@link
 * #better}, so no rule needs to know which.
 */
public enum Direction {
  HIGHER_IS_BETTER(1),
  LOWER_IS_BETTER(-1);

  private final int sign;

  Direction(int sign) {
    this.sign = sign;
  }

  /** +1 when higher is better, −1 when lower is. */
  public int sign() {
    return sign;
  }

  /** How much better {@code value} is than {@code reference}: positive is better, 0 equal. */
  public double better(double value, double reference) {
    return sign * (value - reference);
  }
}
