package org.barometer.goals.domain;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A sentence, or part of one, as a message key and its arguments. The scorer says why an indicator
 * has its status in phrases rather than in English text so that every language writes the sentence
 * by its own pattern, with its own decimal comma and word order ({@link PhraseText}).
 *
 * <p>An argument is another phrase, a {@link Quantity}, a period, a date, a list of these, or a
 * name written as it is (a region code, a group's name, a plan author's note).
 *
 * @param key a key of the {@code phrases} bundle, such as {@code goals.growth.underway}
 * @param arguments the values for the pattern's {0}, {1}, …
 */
public record Phrase(String key, List<Object> arguments) {

  public Phrase {
    Objects.requireNonNull(key, "key");
    arguments = List.copyOf(arguments);
  }

  public static Phrase of(String key, Object... arguments) {
    return new Phrase(key, List.of(arguments));
  }

  /** The phrase written in a language: nb, sv, or English for anything else. */
  public String in(Locale locale) {
    return PhraseText.write(this, locale);
  }

  /**
   * A unit as a plan file writes it ("index", "rank", "persons"), in a language: the well-known
   * units have a word in each language ({@code goals.unit.*}); any other is shown as written.
   */
  public static String unit(String unit, Locale locale) {
    return PhraseText.unit(unit, locale);
  }

  public String english() {
    return in(Locale.ENGLISH);
  }

  @Override
  public String toString() {
    return english();
  }
}
