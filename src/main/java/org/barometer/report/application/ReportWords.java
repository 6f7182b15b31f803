package org.barometer.report.application;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.ResourceBundle;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.platform.i18n.Language;

/**
 * The report's words in its language, from the UI's {@code messages} bundle ({@code report.*} keys,
 * and the statuses the scorecard and the action plan already name), and its numbers with the
 * language's decimal comma, rounded half up as the scorecard rounds them.
 */
public final class ReportWords {

  private final Language language;
  private final ResourceBundle texts;

  public ReportWords(Language language) {
    this.language = language;
    this.texts = ResourceBundle.getBundle("org.barometer.messages", language.locale());
  }

  public Language language() {
    return language;
  }

  /** A text with {0}, {1}, … filled in (no MessageFormat quoting, as the scorecard's phrases). */
  public String text(String key, Object... arguments) {
    String s = texts.getString(key);
    for (int i = 0; i < arguments.length; i++) {
      s = s.replace("{" + i + "}", String.valueOf(arguments[i]));
    }
    return s;
  }

  /** "1. desember 2026", "1 december 2026", "1 December 2026". */
  public String date(LocalDate day) {
    String pattern = language == Language.NB ? "d. MMMM yyyy" : "d MMMM yyyy";
    return DateTimeFormatter.ofPattern(pattern, language.locale()).format(day);
  }

  /** A figure with at most {@code decimals} decimals, thousands grouped. */
  public String number(double value, int decimals) {
    DecimalFormat f =
        new DecimalFormat(
            decimals <= 0 ? "#,##0" : "#,##0." + "#".repeat(decimals),
            DecimalFormatSymbols.getInstance(language.locale()));
    f.setRoundingMode(RoundingMode.HALF_UP);
    String s = f.format(value);
    return s.matches("[-\u2212]0") ? "0" : s;
  }

  /** "62,4 (58,1–66,7)": a figure with its interval, when it has one. */
  public String estimate(double value, Optional<ConfidenceInterval> interval) {
    return interval
        .map(
            ci ->
                text(
                    "report.estimate",
                    number(value, 1),
                    number(ci.lower(), 1),
                    number(ci.upper(), 1)))
        .orElse(number(value, 1));
  }

  /** A p-value as a test reports it: "= 0,004", or "< 0,001" for one that rounds to nothing. */
  public String pValue(double p) {
    return p < 0.001 ? "< " + fixed(0.001) : "= " + fixed(p);
  }

  private String fixed(double p) {
    DecimalFormat f =
        new DecimalFormat("0.000", DecimalFormatSymbols.getInstance(language.locale()));
    f.setRoundingMode(RoundingMode.HALF_UP);
    return f.format(p);
  }

  /** A share as a percentage: 0.384 → "38,4 %". */
  public String percent(double share) {
    return number(share * 100, 1) + " %";
  }
}
