package org.barometer.platform.i18n;

import java.util.Locale;

/**
 * The languages Barometer speaks. Respondents are Norwegian or Swedish businesses, and anyone else
 * gets English, so every user-facing text exists in exactly these three.
 */
public enum Language {
  NB("nb"),
  SV("sv"),
  EN("en");

  private final String tag;

  Language(String tag) {
    this.tag = tag;
  }

  /**
   * Maps a language tag from a browser, a URL or a profile to one of ours. Nynorsk and the generic
   * "no" fall back to bokmål because texts are only written in bokmål; a region suffix ("sv-FI",
   * "nb_NO") is ignored. Anything unknown, blank or null gets English.
   */
  public static Language fromTag(String tag) {
    if (tag == null) {
      return EN;
    }
    String primary = tag.trim().toLowerCase(Locale.ROOT).split("[-_]", 2)[0];
    return switch (primary) {
      case "nb", "no", "nn" -> NB;
      case "sv" -> SV;
      default -> EN;
    };
  }

  /** The BCP 47 tag, for {@code lang} attributes and stored preferences. */
  public String tag() {
    return tag;
  }

  /** The locale for resource bundles and formatting. */
  public Locale locale() {
    return Locale.forLanguageTag(tag);
  }
}
