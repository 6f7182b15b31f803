package org.barometer.goals.domain;

/** The quantities the scorer's sentences use, named as the rules speak of them. */
final class Wording {

  private Wording() {}

  static Quantity number(double v) {
    return new Quantity.Plain(v);
  }

  static Quantity signedPercent(double v) {
    return new Quantity.Signed(v, true);
  }

  static Quantity signed(double v) {
    return new Quantity.Signed(v, false);
  }

  /** A survey figure with its interval; any other figure as it is. */
  static Quantity withInterval(Measurement m) {
    return new Quantity.Estimate(m.value(), m.interval());
  }

  static Quantity p(double p) {
    return new Quantity.PValue(p);
  }
}
