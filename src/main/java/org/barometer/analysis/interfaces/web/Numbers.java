package org.barometer.analysis.interfaces.web;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalDouble;
import org.barometer.analysis.domain.ConfidenceInterval;

/**
 * Figures as a reader of the page's language writes them (4,25 in Norwegian and Swedish, 4.25 in
 * English), with as many decimals as the figure deserves, and an en dash where there is none.
 */
final class Numbers {

  static final String NONE = "–";

  private final Locale locale;

  Numbers(Locale locale) {
    this.locale = locale;
  }

  String decimal(OptionalDouble value, int decimals) {
    return value.isPresent() ? decimal(value.getAsDouble(), decimals) : NONE;
  }

  String decimal(double value, int decimals) {
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMinimumFractionDigits(decimals);
    format.setMaximumFractionDigits(decimals);
    return format.format(value);
  }

  String percent(OptionalDouble share) {
    return share.isPresent() ? percent(share.getAsDouble()) : NONE;
  }

  String percent(double share) {
    NumberFormat format = NumberFormat.getPercentInstance(locale);
    format.setMaximumFractionDigits(0);
    return format.format(share);
  }

  /** Three decimals, and "&lt; 0.001" below that: a p-value is never exactly zero. */
  String pValue(double p) {
    return p < 0.001 ? "< " + decimal(0.001, 3) : decimal(p, 3);
  }

  /** "3,91–4,52" */
  String interval(Optional<ConfidenceInterval> interval, int decimals) {
    return interval
        .map(ci -> decimal(ci.lower(), decimals) + "–" + decimal(ci.upper(), decimals))
        .orElse(NONE);
  }

  /** Decimals for a mean: two on a short answer scale, one on a 0–100 index. */
  static int decimalsFor(boolean index) {
    return index ? 1 : 2;
  }
}
