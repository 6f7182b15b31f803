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

  /** As {@link #number}, with the decimals given ({@link Quantity#decimalsToTell}). */
  static Quantity number(double v, int decimals) {
    return new Quantity.Plain(v, decimals);
  }

  static Quantity signedPercent(double v, int decimals) {
    return new Quantity.Signed(v, true, decimals);
  }

  static Quantity signed(double v, int decimals) {
    return new Quantity.Signed(v, false, decimals);
  }

  static Quantity withInterval(Measurement m, int decimals) {
    return new Quantity.Estimate(m.value(), m.interval(), decimals);
  }

  /** The decimals a value written in a plan has (90 → 1, 2.25 → 2), at most six. */
  static int exact(double v) {
    for (int d = Quantity.DEFAULT_DECIMALS; d < Quantity.MAX_DECIMALS; d++) {
      if (Math.abs(Math.round(v * Math.pow(10, d)) / Math.pow(10, d) - v) < 1e-9) {
        return d;
      }
    }
    return Quantity.MAX_DECIMALS;
  }

  /** The decimals that tell the figures a verdict rests on apart. */
  static int toTell(double... values) {
    return Quantity.decimalsToTell(values);
  }

  static Quantity p(double p) {
    return new Quantity.PValue(p);
  }
}
