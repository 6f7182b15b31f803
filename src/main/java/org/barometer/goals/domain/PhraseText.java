package org.barometer.goals.domain;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.stream.Collectors;
import org.barometer.analysis.domain.ConfidenceInterval;
import org.barometer.shared.Period;

/**
 * Writes a {@link Phrase} in a language from the {@code phrases} bundle beside this class. Patterns
 * hold {0}, {1}, … and nothing else that is special, so translators need not know MessageFormat's
 * quoting rules; numbers are written here, by the language's symbols (decimal comma and the true
 * minus sign in bokmål and Swedish), rounded half up to one decimal unless the quantity asks for
 * more.
 */
final class PhraseText {

  private static final String BUNDLE = "org.barometer.goals.domain.phrases";

  private final ResourceBundle texts;
  private final Locale locale;

  private PhraseText(Locale locale) {
    this.locale = locale;
    // English is the base bundle: no fallback to the server's default locale
    this.texts =
        ResourceBundle.getBundle(
            BUNDLE,
            locale,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }

  static String write(Phrase phrase, Locale locale) {
    return new PhraseText(locale).phrase(phrase);
  }

  static String unit(String unit, Locale locale) {
    if (unit == null || unit.isBlank()) {
      return "";
    }
    PhraseText t = new PhraseText(locale);
    String key = "goals.unit." + unit.strip();
    return t.texts.containsKey(key) ? t.texts.getString(key) : unit;
  }

  private String phrase(Phrase p) {
    return fill(texts.getString(p.key()), p.arguments().stream().map(this::argument).toList());
  }

  private static String fill(String pattern, List<String> arguments) {
    String s = pattern;
    for (int i = 0; i < arguments.size(); i++) {
      s = s.replace("{" + i + "}", arguments.get(i));
    }
    return s;
  }

  private String argument(Object a) {
    if (a instanceof Phrase p) {
      return phrase(p);
    }
    if (a instanceof Quantity q) {
      return quantity(q);
    }
    if (a instanceof Period p) {
      return p.code();
    }
    if (a instanceof LocalDate d) {
      return DateTimeFormatter.ofPattern(texts.getString("date.pattern"), locale).format(d);
    }
    if (a instanceof List<?> list) {
      return list.stream().map(this::argument).collect(Collectors.joining(", "));
    }
    return String.valueOf(a);
  }

  private String quantity(Quantity q) {
    if (q instanceof Quantity.Plain p) {
      return number(p.value(), p.decimals());
    }
    if (q instanceof Quantity.Signed s) {
      String n = number(s.value(), s.decimals());
      String sign = isNegative(n) || n.equals(number(0, 1)) ? "" : "+";
      return sign + n + (s.percent() ? " %" : "");
    }
    if (q instanceof Quantity.Estimate e) {
      String value = number(e.value(), e.decimals());
      if (e.interval().isEmpty()) {
        return value;
      }
      ConfidenceInterval ci = e.interval().get();
      return fill(
          texts.getString("interval"),
          List.of(
              value,
              number(ci.lower(), e.decimals()),
              number(ci.upper(), e.decimals()),
              number(ci.level() * 100, 1)));
    }
    double p = ((Quantity.PValue) q).value();
    return p < 0.001
        ? fill(texts.getString("p.below"), List.of(fixed(0.001, 3)))
        : fill(texts.getString("p.equals"), List.of(fixed(p, 3)));
  }

  /** Grouped thousands, at most {@code decimals} decimals. */
  private String number(double v, int decimals) {
    return format(v, "#,##0." + "#".repeat(decimals));
  }

  /** Exactly {@code decimals} decimals (p-values). */
  private String fixed(double v, int decimals) {
    return format(v, "0." + "0".repeat(decimals));
  }

  private String format(double v, String pattern) {
    DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(locale));
    format.setRoundingMode(RoundingMode.HALF_UP);
    String s = format.format(v);
    // -0.04 rounds to "-0", which is no change at all
    return isNegative(s) && format.format(0.0).equals(s.substring(1)) ? s.substring(1) : s;
  }

  private boolean isNegative(String formatted) {
    return formatted.charAt(0) == DecimalFormatSymbols.getInstance(locale).getMinusSign();
  }
}
