package org.barometer.goals.domain;

import java.util.Locale;

/** Numbers as the scorecard's sentences write them: one decimal, signs where a change is meant. */
final class Wording {

  private Wording() {}

  /** 106.12 → "106.1", 90.0 → "90", 12345.6 → "12345.6". */
  static String number(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** 1.64 → "+1.6 %", −0.5 → "−0.5 %". */
  static String signedPercent(double v) {
    return signed(v) + " %";
  }

  /** 1.64 → "+1.6", −0.5 → "-0.5". */
  static String signed(double v) {
    String n = number(v);
    return v >= 0 && !n.startsWith("-") ? "+" + n : n;
  }

  /** "106.1 (95 % CI 104.2–108.0)" for a survey figure, else just the number. */
  static String withInterval(Measurement m) {
    return m.interval()
        .map(
            ci ->
                number(m.value())
                    + " (95 % CI "
                    + number(ci.lower())
                    + "–"
                    + number(ci.upper())
                    + ")")
        .orElse(number(m.value()));
  }

  /** "p = 0.012" (three decimals, "p < 0.001" below). */
  static String p(double p) {
    return p < 0.001 ? "p < 0.001" : String.format(Locale.ROOT, "p = %.3f", p);
  }
}
