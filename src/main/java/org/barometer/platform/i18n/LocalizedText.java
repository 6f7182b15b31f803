package org.barometer.platform.i18n;

import java.util.Objects;

/**
 * A user-facing text in all three languages. Holding them together (rather than keys into a
 * resource bundle) lets staff write questionnaire texts in template files, and makes a missing
 * translation impossible to construct.
 */
public record LocalizedText(String nb, String sv, String en) {

  public LocalizedText {
    Objects.requireNonNull(nb, "nb");
    Objects.requireNonNull(sv, "sv");
    Objects.requireNonNull(en, "en");
  }

  /** The same text in every language, for codes and numbers that need no translation. */
  public static LocalizedText of(String all) {
    return new LocalizedText(all, all, all);
  }

  /** The text in the given language; English when the language is null. */
  public String in(Language language) {
    if (language == null) {
      return en;
    }
    return switch (language) {
      case NB -> nb;
      case SV -> sv;
      case EN -> en;
    };
  }
}
